using System.Text;
using System.Text.Unicode;

namespace Jixiao.Documents.Import.Readers;

/// <summary>
/// Decodes a text file: a BOM wins; otherwise strict UTF-8, then strict GB18030 (a superset of GBK and GB2312, the
/// legacy encodings of Chinese government files). Strict decoding is what makes the guess reliable: Chinese text
/// in GBK is practically never valid UTF-8, so no statistical detector is needed.
/// </summary>
internal static class TextDecoding
{
    private static readonly Encoding StrictGb18030 = CreateGb18030();

    private static ReadOnlySpan<byte> Utf8Bom => [0xEF, 0xBB, 0xBF];

    private static ReadOnlySpan<byte> Utf16LeBom => [0xFF, 0xFE];

    private static ReadOnlySpan<byte> Utf16BeBom => [0xFE, 0xFF];

    public static string Decode(string path, byte[] bytes)
    {
        ReadOnlySpan<byte> span = bytes;
        if (span.StartsWith(Utf8Bom))
        {
            return Encoding.UTF8.GetString(span[3..]);
        }

        if (span.StartsWith(Utf16LeBom))
        {
            return Encoding.Unicode.GetString(span[2..]);
        }

        if (span.StartsWith(Utf16BeBom))
        {
            return Encoding.BigEndianUnicode.GetString(span[2..]);
        }

        // NUL never occurs in UTF-8 or GBK text: this is a binary file (or UTF-16 without a BOM, which we refuse).
        if (span.Contains((byte)0) || ControlShare(span) > 0.01)
        {
            throw ImportErrors.Binary(path);
        }

        // Validating first spares GB18030 files the exception a strict UTF-8 decoder throws for them.
        if (Utf8.IsValid(span))
        {
            return Encoding.UTF8.GetString(span);
        }

        if (TryDecode(StrictGb18030, bytes, out var text))
        {
            return text;
        }

        throw ImportErrors.Undecodable(path);
    }

    private static Encoding CreateGb18030()
    {
        // The code-page encodings ship with .NET but must be registered before GetEncoding can find them.
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        return Encoding.GetEncoding("GB18030", EncoderFallback.ExceptionFallback, DecoderFallback.ExceptionFallback);
    }

    private static bool TryDecode(Encoding encoding, byte[] bytes, out string text)
    {
        try
        {
            text = encoding.GetString(bytes);
            return true;
        }
        catch (DecoderFallbackException)
        {
            text = "";
            return false;
        }
    }

    /// <summary>The share of C0 control bytes that never appear in text (tab, CR, LF, FF and ESC do).</summary>
    private static double ControlShare(ReadOnlySpan<byte> bytes)
    {
        var sample = bytes[..Math.Min(bytes.Length, 64 * 1024)];
        var controls = 0;
        foreach (var b in sample)
        {
            if (b < 0x20 && b is not ((byte)'\t' or (byte)'\n' or (byte)'\r' or 0x0C or 0x1B or 0x1A))
            {
                controls++;
            }
        }

        return (double)controls / sample.Length;
    }
}
