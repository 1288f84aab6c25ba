using System.Text;
using System.Text.RegularExpressions;
using UglyToad.PdfPig;
using UglyToad.PdfPig.Content;
using Jixiao.Documents.Import.Readers.Geometry;
using UglyToad.PdfPig.Exceptions;

namespace Jixiao.Documents.Import.Readers;

/// <summary>
/// PDF text in reading order, page by page. Ruled tables are rebuilt from their borders (<see cref="PdfGrid"/>):
/// one line per table row, a wrapped cell's text joined. Other letters are grouped into lines by baseline and
/// ordered by x; a vertical rule or a wide gap between two letters starts a new cell, so a line with two or more
/// cells is a table row (borderless tables, tab stops). Works on letters rather than PdfPig's words because
/// Chinese text has no spaces for a word splitter to use. Single-column reading order only: government reports
/// are laid out in one column.
/// </summary>
internal static partial class PdfReader
{
    // In font sizes: a gap wider than an ordinary space is a space; wider than one and a half characters, a column (a tab
    // stop, a borderless table). Chinese–Latin autospacing is 0.2–0.25.
    private const double SpaceGap = 0.3;
    private const double CellGap = 1.5;
    private const double BaselineTolerance = 0.35;

    /// <summary>In points: how far past the left margin a wrapped cell's tail stands to count as one (two characters).</summary>
    private const double ContinuationIndent = 24;

    /// <summary>In points: how wide a wrapped label's tail at the margin may be (five characters at 10.5 pt).</summary>
    private const double ShortTail = 55;

    public static SourceDocument Read(string path, long length)
    {
        if (length > ImportErrors.MaxPdfBytes)
        {
            throw ImportErrors.PdfTooLarge(path, length);
        }

        if (!HasEndMarker(path, length))
        {
            throw ImportErrors.PdfCorrupt(path);
        }

        try
        {
            using var document = PdfDocument.Open(path);
            var lines = new SourceLineBuilder();
            // Free lines run on across pages: a borderless table's row may be cut by a page break.
            var run = new FreeLineRun();
            foreach (var page in document.GetPages())
            {
                ReadPage(page, lines, run);
            }

            AddFreeLines(run, lines);

            if (lines.Lines.Count == 0)
            {
                throw ImportErrors.PdfNoText(path);
            }

            return new SourceDocument(path, SourceFormat.Pdf, lines.Lines);
        }
        catch (PdfDocumentEncryptedException e)
        {
            throw ImportErrors.PdfEncrypted(path, e);
        }
    }

    /// <summary>
    /// Every complete PDF ends with %%EOF. A cut-off file may still parse (a linearised PDF has its first
    /// cross-reference table at the front, and PdfPig's lenient parser rebuilds what it can) and give a report with
    /// its last pages missing: that must be refused, not half-read.
    /// </summary>
    private static bool HasEndMarker(string path, long length)
    {
        using var file = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read);
        var tail = new byte[(int)Math.Min(length, 8192)];
        file.Seek(-tail.Length, SeekOrigin.End);
        file.ReadExactly(tail);
        return tail.AsSpan().IndexOf("%%EOF"u8) >= 0;
    }

    private static void ReadPage(Page page, SourceLineBuilder lines, FreeLineRun run)
    {
        var rulings = new PdfRulings(page);
        var grid = PdfGrid.From(rulings);
        var free = new List<Letter>();
        var inCells = new Dictionary<(PdfGrid.Band Band, int Column), List<Letter>>();
        foreach (var letter in page.Letters.Where(l => l.TextOrientation == TextOrientation.Horizontal && !string.IsNullOrEmpty(l.Value)))
        {
            var x = (letter.StartBaseLine.X + letter.EndBaseLine.X) / 2;
            if (grid.Locate(x, Middle(letter)) is { } cell)
            {
                inCells.TryAdd(cell, []);
                inCells[cell].Add(letter);
            }
            else
            {
                free.Add(letter);
            }
        }

        // Table rows and free lines interleave in the order they stand on the page, top to bottom. Free lines keep
        // where their parts stand, so a borderless table is laid out on one grid like a space-aligned text table.
        var items = new List<(double Y, IReadOnlyList<string>? Cells, List<Field>? Fields)>();
        foreach (var line in Baselines(free))
        {
            if (Parts(line, rulings) is { Count: > 0 } parts)
            {
                items.Add((line[0].StartBaseLine.Y, null, parts));
            }
        }

        foreach (var band in grid.Bands)
        {
            var cells = new string[band.Borders.Count - 1];
            for (var c = 0; c < cells.Length; c++)
            {
                cells[c] = inCells.TryGetValue((band, c), out var letters) ? CellText(letters) : "";
            }

            if (cells.Any(c => c.Length > 0))
            {
                items.Add((band.Top, band.Spread(cells), null));
            }
        }

        var ordered = items.OrderByDescending(i => i.Y).ToList();
        foreach (var (_, cells, fields) in ordered)
        {
            if (fields is not null)
            {
                if (!IsPageNumber(fields))
                {
                    run.Add(fields, page.Number);
                }

                continue;
            }

            AddFreeLines(run, lines);
            lines.AddRow(cells!, page.Number);
        }

        if (grid.Bands.Count > 0)
        {
            AddFreeLines(run, lines);
            lines.EndTable();
        }
    }

    /// <summary>"— 2 —", "- 2 -", "第 2 页": a page's number, no part of the document's text (a bare "2" may be a cell's).</summary>
    private static bool IsPageNumber(List<Field> fields) =>
        fields.Count == 1 && PageNumber().IsMatch(fields[0].Text.Trim());

    [GeneratedRegex(@"^[-—－–]\s*\d{1,3}\s*[-—－–]$|^第\s*\d{1,3}\s*页(?:\s*[，,]?\s*共\s*\d{1,3}\s*页)?$")]
    private static partial Regex PageNumber();

    /// <summary>
    /// A run of free lines: those in an aligned block (<see cref="AlignedText.Blocks"/>: two or more lines of two or more
    /// parts) become rows on one grid, the others text.
    /// </summary>
    private static void AddFreeLines(FreeLineRun run, SourceLineBuilder lines)
    {
        if (run.Fields.Count == 0)
        {
            return;
        }

        // A wrapped cell's tail stands indented under its column, past the text's left margin.
        var margin = run.Fields.Min(l => l[0].Start);
        var next = 0;
        foreach (var (first, last) in AlignedText.Blocks(run.Fields, margin + ContinuationIndent, ShortTail, trailingTails: true))
        {
            for (; next < first; next++)
            {
                AddParts(run.Fields[next], lines, run.Pages[next]);
            }

            foreach (var (cells, at) in WrappedCells.Join(ColumnAligner.Lay(run.Fields.GetRange(first, last - first + 1))))
            {
                lines.AddRow(cells, run.Pages[first + at]);
            }

            lines.EndTable();
            next = last + 1;
        }

        for (; next < run.Fields.Count; next++)
        {
            AddParts(run.Fields[next], lines, run.Pages[next]);
        }

        run.Clear();
    }

    /// <summary>Free lines waiting to be laid out, each with its page.</summary>
    private sealed class FreeLineRun
    {
        public List<List<Field>> Fields { get; } = [];

        public List<int> Pages { get; } = [];

        public void Add(List<Field> fields, int page)
        {
            Fields.Add(fields);
            Pages.Add(page);
        }

        public void Clear()
        {
            Fields.Clear();
            Pages.Clear();
        }
    }

    /// <summary>A free line outside any aligned block: a row when it has two or more parts (tab stops), else text.</summary>
    private static void AddParts(List<Field> parts, SourceLineBuilder lines, int page)
    {
        if (parts.Count >= 2)
        {
            lines.AddRow([.. parts.Select(p => p.Text)], page);
        }
        else
        {
            lines.AddText(parts[0].Text, page);
        }
    }

    /// <summary>Letters grouped into lines by baseline, top to bottom, each line ordered left to right.</summary>
    private static IEnumerable<List<Letter>> Baselines(IEnumerable<Letter> letters)
    {
        var line = new List<Letter>();
        foreach (var letter in letters.OrderByDescending(l => l.StartBaseLine.Y).ThenBy(l => l.StartBaseLine.X))
        {
            if (line.Count > 0 && Math.Abs(line[0].StartBaseLine.Y - letter.StartBaseLine.Y) > BaselineTolerance * Size(line[0]))
            {
                yield return [.. line.OrderBy(l => l.StartBaseLine.X)];
                line.Clear();
            }

            line.Add(letter);
        }

        if (line.Count > 0)
        {
            yield return [.. line.OrderBy(l => l.StartBaseLine.X)];
        }
    }

    /// <summary>
    /// The text of one line, cut into parts where a vertical rule or a wide gap separates letters. A space is a
    /// space glyph the producer wrote (LibreOffice, Word and WPS write them), or a gap wider than
    /// <see cref="SpaceGap"/> where a producer positioned words without one; the narrower gap Word and LibreOffice
    /// leave between Chinese and Latin letters or digits ("2023年") is not a space. No parts for a blank line.
    /// </summary>
    private static List<Field> Parts(List<Letter> letters, PdfRulings? rulings)
    {
        var parts = new List<Field>();
        var part = new StringBuilder();
        Letter? previous = null;
        Letter? first = null;
        var spaced = false;
        foreach (var letter in letters)
        {
            if (string.IsNullOrWhiteSpace(letter.Value))
            {
                spaced = previous is not null;
                continue;
            }

            if (previous is not null)
            {
                var end = Math.Max(previous.EndBaseLine.X, previous.BoundingBox.Right);
                var start = Math.Min(letter.StartBaseLine.X, letter.BoundingBox.Left);
                var gap = start - end;
                var size = Math.Max(Size(previous), Size(letter));
                if (gap > CellGap * size || rulings?.Separates(end, start, Middle(letter)) == true)
                {
                    parts.Add(Part(first!, previous, part));
                    part.Clear();
                    first = null;
                }
                else if (spaced || gap > SpaceGap * size)
                {
                    part.Append(' ');
                }
            }

            first ??= letter;
            part.Append(letter.Value);
            previous = letter;
            spaced = false;
        }

        if (previous is not null)
        {
            parts.Add(Part(first!, previous, part));
        }

        return parts;
    }

    private static Field Part(Letter first, Letter last, StringBuilder text) =>
        new(Math.Min(first.StartBaseLine.X, first.BoundingBox.Left), Math.Max(last.EndBaseLine.X, last.BoundingBox.Right), text.ToString());

    /// <summary>
    /// A cell's lines joined into one: Chinese text and numbers wrap anywhere, so wrapped lines join without a
    /// space ("部门（单" + "位）名称"); only two Latin words get one between them.
    /// </summary>
    private static string CellText(List<Letter> letters)
    {
        var text = new StringBuilder();
        foreach (var line in Baselines(letters))
        {
            var piece = string.Join(' ', Parts(line, rulings: null).Select(p => p.Text));
            if (text.Length > 0 && piece.Length > 0 && char.IsAsciiLetter(text[^1]) && char.IsAsciiLetter(piece[0]))
            {
                text.Append(' ');
            }

            text.Append(piece);
        }

        return text.ToString();
    }

    /// <summary>Half-way up a letter's x-height: the point that decides which line or cell it belongs to.</summary>
    private static double Middle(Letter letter) => letter.StartBaseLine.Y + (Size(letter) / 3);

    /// <summary>The letter's size on the page; PointSize is 0 for some fonts, then its height serves.</summary>
    private static double Size(Letter letter) =>
        letter.PointSize > 0 ? letter.PointSize : Math.Max(letter.BoundingBox.Height, 1);
}
