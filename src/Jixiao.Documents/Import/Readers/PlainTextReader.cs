using Jixiao.Documents.Import.Readers.Geometry;

namespace Jixiao.Documents.Import.Readers;

/// <summary>
/// Plain text, as pasted or exported from Word, WPS, a web page or an OCR tool. Every line of the file becomes a
/// <see cref="SourceLine"/>, empty ones too, so that <see cref="SourceLine.Number"/> is the line an editor shows.
/// Lines end at \r\n, \n or \r; a final line break does not start another line. Table rows are lines split by tabs
/// or pipes, or runs of lines whose cells are lined up with spaces (<see cref="AlignedText"/>).
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
        var raw = Split(text);
        var fields = new List<List<Field>>(raw.Count);
        foreach (var line in raw)
            fields.Add(SourceLineBuilder.IsDelimited(line) ? [new Field(0, 1, line)] : AlignedText.Fields(line));
        var lines = new SourceLineBuilder();
        var next = 0;
        foreach (var (first, last) in AlignedText.Blocks(fields))
        {
            for (; next < first; next++)
                lines.AddLine(raw[next]);
            lines.EndTable();
            var rows = new List<IReadOnlyList<Field>>();
            for (var i = first; i <= last; i++)
            {
                if (fields[i].Count > 0)
                    rows.Add(fields[i]);
            }
            var grid = ColumnAligner.Align(rows);
            var r = 0;
            for (; next <= last; next++)
            {
                if (fields[next].Count == 0)
                    lines.AddText(raw[next], keepTable: true);
                else
                    lines.AddRow(grid[r++]);
            }
            lines.EndTable();
        }
        for (; next < raw.Count; next++)
            lines.AddLine(raw[next]);
        return lines.Lines;
    }

    private static List<string> Split(string text)
    {
        var lines = new List<string>();
        var rest = text.AsSpan();
        while (rest.Length > 0)
        {
            var end = rest.IndexOfAny('\r', '\n');
            if (end < 0)
            {
                lines.Add(rest.ToString());
                break;
            }

            lines.Add(rest[..end].ToString());
            var newline = rest[end] == '\r' && end + 1 < rest.Length && rest[end + 1] == '\n' ? 2 : 1;
            rest = rest[(end + newline)..];
        }

        return lines;
    }
}
