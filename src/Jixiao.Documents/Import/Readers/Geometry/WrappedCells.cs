using Jixiao.Documents.Import.Structure;

namespace Jixiao.Documents.Import.Readers.Geometry;

/// <summary>
/// Rows of an aligned grid that are only the wrapped tails of the row above ("年度资金总" / "额", "年初预算" / "数",
/// "100.00" / "%", "6284." / "53", "预算" / "完成率"). Without rulings to say where a row ends, the text says it, as a
/// typesetter would: a line continues the row when every piece stands under a filled cell of the row and none is a
/// value of its own — a figure only finishes a number the break cut, or is the last word of a sentence that ran to its
/// column's edge; below a figure or a target only its unit; and below a row of figures (not a header) only where some
/// cell of the row ran to its column's edge (or stopped on an opening bracket) and no piece stands under a cell that
/// plainly ended.
/// </summary>
internal static class WrappedCells
{
    /// <summary>In display columns: how much less room than it needs may be left before a piece (the letters' measured widths vary).</summary>
    private const double WrapTolerance = 0.1;

    /// <summary>In display columns: digits and Latin letters set a little wider than half a CJK character ("%" far wider).</summary>
    private const double NarrowWidth = 1.2;

    /// <summary>The longest unit a figure's line break leaves below it ("%", "万元", "万平方米").</summary>
    private const int MaxUnit = 4;

    /// <summary>The rows with their tails joined, each with the index in <paramref name="grid"/> of the line it starts on.</summary>
    public static List<(string[] Cells, int At)> Join(AlignedGrid grid)
    {
        var (starts, edges) = grid.ColumnEdges();
        var rows = new List<(string[] Cells, int At)>(grid.Cells.Count);
        // Where each column's text of the current row stood on the last line that had any.
        var last = new Field?[grid.Columns];
        for (var r = 0; r < grid.Cells.Count; r++)
        {
            var (row, spans) = (grid.Cells[r], grid.Spans[r]);
            if (rows.Count > 0 && IsTail(rows[^1].Cells, last, starts, edges, row))
            {
                var above = rows[^1].Cells;
                for (var i = 0; i < row.Length; i++)
                    above[i] = Joined(above[i], row[i]);
            }
            else
            {
                rows.Add((row, r));
                Array.Clear(last);
            }
            for (var i = 0; i < row.Length; i++)
                last[i] = spans[i] ?? last[i];
        }
        return rows;
    }

    private static bool IsTail(string[] above, Field?[] lastSpans, double[] starts, double[] edges, string[] row)
    {
        var any = false;
        var continues = false;
        var ended = false;
        // A row of figures, not a header: its wrapped text may push a figure of its own onto the next line.
        var figures = above.Any(c => IsNumber(c.Trim()));
        for (var i = 0; i < row.Length; i++)
        {
            var cell = row[i].Trim();
            if (cell.Length == 0)
                continue;
            var over = above[i].Trim();
            if (over.Length == 0)
                return false;
            // It finishes a number the line break cut ("6284." / "53").
            if (over[^1] is '.' or ',' or '-' && char.IsAsciiDigit(cell[0]))
            {
                (any, continues) = (true, true);
                continue;
            }
            // A text that ran to its column's edge, or stopped on an opening bracket ("产出指标（" / "50分）"), went on below.
            var wrapped = (lastSpans[i] is { } span && Wrapped(span, edges[i], cell)) || OpeningMarks.Contains(over[^1]);
            var overIsValue = IsFigure(over) || Cells.IsTarget(over);
            // A figure starts the next row, unless it is the last word of a sentence that ran to its column's edge
            // ("目标100%，实际" / "100%").
            if (IsFigure(cell) && !(figures && wrapped && !overIsValue))
                return false;
            // Under a figure or a target only its unit may wrap ("100.00" / "%", "≥186" / "万㎡"); anything else there
            // starts the next row.
            if (overIsValue && !IsUnit(cell))
                return false;
            // A word that may be a target of its own ("完成") continues only a cell that went on below.
            if (Cells.IsTarget(cell) && !wrapped)
                return false;
            any = true;
            continues |= wrapped;
            // Its cell ended on a line not half the column's width ("…满意" / "度"): this piece starts a new one.
            ended |= !wrapped && lastSpans[i] is { } end && end.End - starts[i] < (edges[i] - starts[i]) / 2;
        }
        // Below a row of figures (a data row, not a header) a line of several pieces exists only because some cell
        // went on below, and a piece under a cell that plainly ended starts the next row (beside a merged cell that
        // runs on: a task over its indicators); one piece alone is the tail of the cell above it.
        return any && ((continues && !ended) || !figures || row.Count(c => c.Length > 0) == 1);
    }

    private static bool IsUnit(string cell) => cell.Length <= MaxUnit && !cell.Any(char.IsAsciiDigit);

    private static bool IsFigure(string cell) => (Cells.IsValue(cell) && !Cells.IsEmptyMark(cell)) || IsNumber(cell.Trim());

    /// <summary>A figure alone, whole or the first part of one cut by a line break ("5912.", "-86.", "97.30%").</summary>
    private static bool IsNumber(string cell)
    {
        var digits = cell.AsSpan().TrimStart("-+");
        return digits.Length > 0 && char.IsAsciiDigit(digits[0]) && !digits.ContainsAnyExcept(FigureCharacters);
    }

    private static readonly System.Buffers.SearchValues<char> FigureCharacters = System.Buffers.SearchValues.Create("0123456789.,% ");

    /// <summary>
    /// Whether the text stopped so near its column's edge that what the next line begins with could not fit there: a
    /// CJK character, a whole number or Latin word (they do not break), and a closing mark after it (it may not begin
    /// a line, so the character before it goes down with it: "其" / "中：").
    /// </summary>
    private static bool Wrapped(Field span, double edge, string below)
    {
        // The width of one display column (half a CJK character) in this text.
        var column = span.Character / 2;
        return edge - span.End < (FirstUnbreakable(below) - WrapTolerance) * column;
    }

    /// <summary>In display columns: what a line must have room for to take the start of <paramref name="text"/>.</summary>
    private static double FirstUnbreakable(string text)
    {
        // An opening mark may not end a line: it goes down with what follows it ("（50").
        var start = 0;
        while (start < text.Length - 1 && OpeningMarks.Contains(text[start]))
            start++;
        if (start >= text.Length)
            return 0;
        // Then a CJK character alone, or a run of narrow letters and digits, and a closing mark after it.
        var end = start + 1;
        if (AlignedText.Width(text[start]) == 1)
        {
            while (end < text.Length && AlignedText.Width(text[end]) == 1 && !char.IsWhiteSpace(text[end]))
                end++;
        }
        if (end < text.Length && ClosingMarks.Contains(text[end]))
            end++;
        var width = 0.0;
        foreach (var c in text.AsSpan(0, end))
            width += AlignedText.Width(c) == 1 ? NarrowWidth : 2;
        return width;
    }

    private static readonly System.Buffers.SearchValues<char> OpeningMarks = System.Buffers.SearchValues.Create("（(“‘《「『【〔");

    private static readonly System.Buffers.SearchValues<char> ClosingMarks = System.Buffers.SearchValues.Create("，。、；：？！）》」』】〕”’%％,.;:?!)");

    /// <summary>Chinese text and numbers wrap anywhere and join without a space; two Latin words keep one.</summary>
    private static string Joined(string a, string b)
    {
        a = a.TrimEnd();
        b = b.Trim();
        if (a.Length == 0 || b.Length == 0)
            return a + b;
        return char.IsAsciiLetter(a[^1]) && char.IsAsciiLetter(b[0]) ? a + " " + b : a + b;
    }
}
