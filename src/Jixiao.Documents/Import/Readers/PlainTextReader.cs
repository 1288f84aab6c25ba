namespace Jixiao.Documents.Import.Readers;

/// <summary>
/// Plain text, as pasted or exported from Word, WPS or an OCR tool. Every line of the file becomes a
/// <see cref="SourceLine"/>, empty ones too, so that <see cref="SourceLine.Number"/> is the line an editor shows.
/// Lines end at \r\n, \n or \r; a final line break does not start another line.
/// </summary>
internal static class PlainTextReader
{
    public static SourceDocument Read(string path, long length)
    {
        if (length > ImportErrors.MaxTextBytes)
        {
            throw ImportErrors.TextTooLarge(path, length);
        }

        return Read(path, File.ReadAllBytes(path));
    }

    /// <summary>A file already read whole.</summary>
    public static SourceDocument Read(string path, byte[] bytes) =>
        new(path, SourceFormat.Text, ReadLines(TextDecoding.Decode(path, bytes)));

    public static IReadOnlyList<SourceLine> ReadLines(string text)
    {
        var lines = new SourceLineBuilder();
        var rest = text.AsSpan();
        while (rest.Length > 0)
        {
            var end = rest.IndexOfAny('\r', '\n');
            if (end < 0)
            {
                lines.AddLine(rest.ToString());
                break;
            }

            lines.AddLine(rest[..end].ToString());
            var newline = rest[end] == '\r' && end + 1 < rest.Length && rest[end + 1] == '\n' ? 2 : 1;
            rest = rest[(end + newline)..];
        }

        return lines.Lines;
    }
}
