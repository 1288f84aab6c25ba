using System.Text;
using System.Text.Unicode;

namespace Jixiao.Documents.Import.Readers;

/// <summary>
/// Decodes a text file: a BOM wins; then UTF-16 without one when the zero bytes say so; otherwise strict UTF-8, then strict GB18030 (a superset of GBK and GB2312, the
/// legacy encodings of Chinese government files). Strict decoding is what makes the guess reliable: Chinese text
/// in GBK is practically never valid UTF-8, so no statistical detector is needed.
/// </summary>
internal static class TextDecoding
{
    private static readonly Encoding StrictGb18030 = CreateGb18030();
    private static readonly Encoding StrictUtf16Le = new UnicodeEncoding(bigEndian: false, byteOrderMark: false, throwOnInvalidBytes: true);
    private static readonly Encoding StrictUtf16Be = new UnicodeEncoding(bigEndian: true, byteOrderMark: false, throwOnInvalidBytes: true);

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

        // UTF-16 without a BOM (some exports write none): the zero high bytes of ASCII (digits, line breaks) all
        // fall on one side of each pair.
        if (Utf16Without(span) is { } utf16 && TryDecode(utf16, bytes, out var unmarked) && !HasControls(unmarked))
        {
            return unmarked;
        }

        // NUL never occurs in UTF-8 or GBK text: this is a binary file.
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

    /// <summary>
    /// UTF-16 little- or big-endian when the bytes look like it: an even length, zero bytes at one parity in at least
    /// one pair in twenty (the line breaks alone give that), and far fewer at the other.
    /// </summary>
    private static Encoding? Utf16Without(ReadOnlySpan<byte> bytes)
    {
        if (bytes.Length < 2 || bytes.Length % 2 != 0)
        {
            return null;
        }

        var sample = bytes[..Math.Min(bytes.Length, 64 * 1024)];
        int evenZeros = 0, oddZeros = 0;
        for (var i = 0; i + 1 < sample.Length; i += 2)
        {
            evenZeros += sample[i] == 0 ? 1 : 0;
            oddZeros += sample[i + 1] == 0 ? 1 : 0;
        }

        var pairs = sample.Length / 2;
        var enough = Math.Max(1, pairs / 20);
        // Far fewer at the other parity, not none: common characters end in a zero byte too (一 is U+4E00).
        if (oddZeros >= enough && evenZeros * 4 < oddZeros)
        {
            return StrictUtf16Le;
        }

        return evenZeros >= enough && oddZeros * 4 < evenZeros ? StrictUtf16Be : null;
    }

    /// <summary>Decoded text with control characters other than tab, line breaks, form feed and escape: not text after all.</summary>
    private static bool HasControls(string text)
    {
        foreach (var c in text)
        {
            if (c < 0x20 && c is not ('\t' or '\n' or '\r' or '\f' or '\u001B' or '\u001A'))
            {
                return true;
            }
        }

        return false;
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
