using System.Text.RegularExpressions;
using Jixiao.Documents.Import.Extraction;
using Jixiao.Documents.Import.Vocabularies;

namespace Jixiao.Documents.Import.Structure;

/// <summary>
/// A document's lines sorted into what extraction reads: paragraphs (<see cref="Passage"/>), table rows (from the
/// reader, or rebuilt from one-cell-per-line exports) and headings, all cleaned by <see cref="TextNormalizer"/>.
/// </summary>
internal sealed partial class DocumentLayout
{
    /// <summary>A wrapped line is long; shorter lines without final punctuation are titles, labels or cells.</summary>
    private const int MinWrappedLength = 15;

    private DocumentLayout(SourceDocument source, List<Passage> passages, List<TableRow> rows, List<(SourceLine, string)> textLines)
    {
        Source = source;
        Passages = passages;
        Rows = rows;
        TextLines = textLines;
        Headings = FindHeadings(passages, rows);
    }

    public SourceDocument Source { get; }

    /// <summary>Paragraphs of running text, in order (table cells are not among them).</summary>
    public IReadOnlyList<Passage> Passages { get; }

    /// <summary>Every table row in document order, headers included.</summary>
    public IReadOnlyList<TableRow> Rows { get; }

    /// <summary>Non-empty lines outside tables, cleaned, one per source line: for "标签 / 值" pairs on two lines.</summary>
    public IReadOnlyList<(SourceLine Line, string Text)> TextLines { get; }

    public IReadOnlyList<Heading> Headings { get; }

    /// <summary>Header cells are short; a long cell that mentions "执行率" is text, not a column title.</summary>
    public const int MaxHeaderCell = 20;

    private TableKind?[]? _headerKinds;

    /// <summary>
    /// The kind of table row <paramref name="index"/> of <see cref="Rows"/> opens as a header, or null. Worked out
    /// once: the table reader and the scheme matcher both ask. A layout belongs to one import, one thread.
    /// </summary>
    public TableKind? HeaderKind(int index)
    {
        if (_headerKinds is null)
        {
            _headerKinds = new TableKind?[Rows.Count];
            for (var i = 0; i < _headerKinds.Length; i++)
                _headerKinds[i] = Columns.KindOfRow(Rows[i].Cells, MaxHeaderCell);
        }
        return _headerKinds[index];
    }

    public static DocumentLayout Build(SourceDocument source)
    {
        var rows = new List<TableRow>();
        var text = new List<(SourceLine, string)>();
        var lastText = 0;
        foreach (var line in source.Lines)
        {
            if (line.Cells is { } cells)
            {
                var row = new TableRow([.. cells.Select(TextNormalizer.Normalize)], line);
                if (rows.Count > 0 && rows[^1].Line.Number > lastText && IsContinuation(rows[^1], row))
                    rows[^1] = Merge(rows[^1], row);
                else
                    rows.Add(row);
            }
            else
            {
                var normalized = TextNormalizer.Normalize(line.Text).Trim();
                if (normalized.Length > 0)
                {
                    text.Add((line, normalized));
                    lastText = line.Number;
                }
            }
        }

        var (rebuilt, used) = VerticalTable.Rebuild(text);
        rows.AddRange(rebuilt);
        rows.Sort((a, b) => a.Line.Number.CompareTo(b.Line.Number));
        rows = TransposedTable.Unfold(rows);

        var passages = new List<Passage>();
        Passage? current = null;
        var previousNumber = 0;
        var rowLines = rows.Select(r => r.Line.Number).ToArray();
        foreach (var (line, normalized) in text)
        {
            // A web page's furniture stands before and after the copied document, not inside it.
            var atEdge = line.Number <= FurnitureReach || line.Number > source.Lines.Count - FurnitureReach;
            if (used.Contains(line.Number) || (atEdge && IsPageFurniture(normalized)))
            {
                current = null;
                continue;
            }
            // A table between two lines ends the paragraph.
            var after = Array.BinarySearch(rowLines, previousNumber + 1);
            after = after < 0 ? ~after : after;
            var tableBetween = after < rowLines.Length && rowLines[after] < line.Number;
            if (current is not null && !tableBetween && Continues(current.Text, normalized))
            {
                current.Append(line, normalized);
            }
            else
            {
                current = new Passage(line, normalized);
                passages.Add(current);
            }
            previousNumber = line.Number;
        }
        return new DocumentLayout(source, passages, rows, text);
    }

    /// <summary>
    /// A PDF reader starts a new table where long cells wrap onto the next row of the page. Such a row carries only the
    /// tails of cells of the row before (each under a non-empty cell), and leaves empty the short cells that row filled
    /// (its numbers and targets): a real next row would fill them again.
    /// </summary>
    private static bool IsContinuation(TableRow previous, TableRow row)
    {
        if (row.Line.TableRow != 1 || row.Cells.Count != previous.Cells.Count)
            return false;
        var tails = 0;
        var leftEmpty = false;
        for (var i = 0; i < row.Cells.Count; i++)
        {
            var cell = row.Cells[i].Trim();
            var above = previous.Cells[i].Trim();
            if (cell.Length == 0)
            {
                leftEmpty |= above.Length > 0 && (Cells.IsValue(above) || Cells.IsTarget(above));
                continue;
            }
            if (above.Length == 0)
                return false;
            tails++;
        }
        return tails > 0 && leftEmpty && tails < previous.Cells.Count(c => c.Trim().Length > 0);
    }

    private static TableRow Merge(TableRow previous, TableRow row)
    {
        var raw = previous.Raw ?? previous.Line.Cells ?? previous.Cells;
        return new TableRow([.. previous.Cells.Select((c, i) => Join(c, row.Cells[i]))], previous.Line)
        {
            Raw = [.. raw.Select((c, i) => Join(c, i < row.Line.Cells!.Count ? row.Line.Cells[i] : "")) ],
        };
    }

    private static string Join(string a, string b)
    {
        a = a.TrimEnd();
        b = b.Trim();
        if (a.Length == 0 || b.Length == 0)
            return a + b;
        return char.IsAsciiLetterOrDigit(a[^1]) && char.IsAsciiLetterOrDigit(b[0]) ? a + " " + b : a + b;
    }

    /// <summary>A web page's breadcrumb, byline or footer around a copied document: no part of any paragraph.</summary>
    private static bool IsPageFurniture(string text) => text.Length <= MaxFurnitureLine && Lexicon.Default.PageFurniture.Occurs(text);

    /// <summary>How many lines at each end of a document may be a web page's furniture.</summary>
    private const int FurnitureReach = 30;

    /// <summary>Furniture lines are short; a long paragraph that mentions 联系电话 is the document's.</summary>
    private const int MaxFurnitureLine = 80;

    /// <summary>Whether <paramref name="next"/> continues a sentence that a line break cut.</summary>
    private static bool Continues(string text, string next)
    {
        if (IsFigureLabel(text) && next.Length > 0 && char.IsAsciiDigit(next.TrimStart()[0]))
            return true;
        if (text.Length < MinWrappedLength || Words.IsHeading(text) || Words.IsHeading(next))
            return false;
        var last = text[^1];
        if (last is '。' or '；' or ';' or '！' or '!' or '？' or '?' or '：' or ':' or '」' or '…')
            return false;
        if (text.EndsWith("报告", StringComparison.Ordinal) || text.EndsWith("表", StringComparison.Ordinal))
            return false;
        // A new item of a list starts its own paragraph ("2. 负责…"); "6.50万元" continues the sentence.
        var n = next.TrimStart();
        return !ListItem().IsMatch(n) && !n.StartsWith("其他需要说明", StringComparison.Ordinal);
    }

    /// <summary>
    /// "自评得分：" alone on a line: a figure's label whose value a PDF or OCR line break put on the next line ("86 分").
    /// </summary>
    private static bool IsFigureLabel(string text)
    {
        if (text.Length > 2 * MaxFigureLabel)
            return false;
        var label = Words.Compact(text).TrimEnd('：', ':').Replace('（', '(').Replace('）', ')');
        return label.Length is >= 2 and <= MaxFigureLabel && !Words.IsHeading(text)
            && Vocabulary.Match(label, 0) is { Word: var word } && word.Length == label.Length;
    }

    private const int MaxFigureLabel = 12;

    private static List<Heading> FindHeadings(List<Passage> passages, List<TableRow> rows)
    {
        var headings = new List<Heading>();
        foreach (var p in passages)
        {
            var text = p.Text;
            if (Words.IsTitle(text))
                continue; // the document's own title names no section
            if (Words.IsHeading(text))
                headings.Add(new Heading(Words.Core(Words.HeadingPart(text)), p.Line, p.Line.Number));
            else if (text.Length <= 24 && !text.Contains('，') && !text.Contains(','))
                headings.Add(new Heading(Words.Core(text), p.Line, p.Line.Number));
        }
        // Forms name their parts in the first cell of a row ("年度目标", "存在问题").
        foreach (var row in rows)
        {
            var first = row.Cells.FirstOrDefault(c => c.Trim().Length > 0);
            if (first is not null && Words.Compact(first).Length is >= 2 and <= 14)
                headings.Add(new Heading(Words.Core(first), row.Line, row.Line.Number));
        }
        headings.Sort((a, b) => a.Order.CompareTo(b.Order));
        return headings;
    }

    [GeneratedRegex(@"^\d{1,2}[.、．](?!\d)")]
    private static partial Regex ListItem();
}
