namespace Jixiao.Documents.Import.Readers.Geometry;

/// <summary>
/// Tables in plain text whose columns are lined up with runs of spaces or ideographic spaces (U+3000), as a web
/// page copy, a "save as text" or an OCR tool writes them. A gap of two or more display columns between two pieces
/// of a line separates cells (prose has single spaces at most); two or more such lines in a row, blank lines
/// allowed between them, are a table, laid out on one grid by <see cref="ColumnAligner"/>; a short line between two of
/// them is a wrapped cell's tail. Widths are measured as a
/// terminal shows them: a CJK or full-width character is two columns wide.
/// </summary>
internal static class AlignedText
{
    /// <summary>The least display width of white space that separates two cells.</summary>
    private const int CellGap = 2;

    /// <summary>A line that names one cell, indented under a column of the table, continues the table (a wrapped cell).</summary>
    public const int ContinuationIndent = 4;

    /// <summary>In display columns: a tail of a label wrapped at the margin is a few characters (five CJK).</summary>
    public const int ShortTail = 10;

    /// <summary>The fields of a line, or an empty list for a blank line.</summary>
    public static List<Field> Fields(string line)
    {
        // Most lines are prose with no wide gap: one field, found without measuring every character.
        if (!HasGap(line))
        {
            var trimmed = line.Trim();
            var width = 0;
            foreach (var c in trimmed)
                width += Width(c);
            return trimmed.Length == 0 ? [] : [new Field(0, width, trimmed)];
        }
        var fields = new List<Field>();
        var column = 0;
        var start = -1;
        var startIndex = 0;
        var lastEnd = 0;
        var lastEndIndex = 0;
        var gap = 0;
        for (var i = 0; i < line.Length; i++)
        {
            var c = line[i];
            var width = Width(c);
            if (IsSpace(c))
            {
                gap += c == '\t' ? CellGap : width;
                column += width;
                continue;
            }
            if (start >= 0 && gap >= CellGap)
            {
                fields.Add(new Field(start, lastEnd, line[startIndex..lastEndIndex]));
                start = -1;
            }
            if (start < 0)
                (start, startIndex) = (column, i);
            column += width;
            (lastEnd, lastEndIndex, gap) = (column, i + 1, 0);
        }
        if (start >= 0)
            fields.Add(new Field(start, lastEnd, line[startIndex..lastEndIndex]));
        return fields;
    }

    /// <summary>
    /// The runs of <paramref name="lines"/> that form aligned tables: each the index of its first and last line. A run
    /// starts and ends on a line with two or more fields and has at least two of them (or one of three cells or more, or
    /// one whose wrapped tails stand under its columns).
    /// </summary>
    /// <param name="indent">Where a one-field line may start to be a wrapped cell's tail rather than text.</param>
    /// <param name="shortTail">How wide a one-field line at the margin may be and still be a wrapped cell's tail ("额", "金（万元）").</param>
    /// <param name="trailingTails">Whether tails after the last row belong to it (a page's last row, cut by the page break).</param>
    public static List<(int First, int Last)> Blocks(IReadOnlyList<List<Field>> lines, double indent = ContinuationIndent, double shortTail = ShortTail, bool trailingTails = false)
    {
        var blocks = new List<(int, int)>();
        var i = 0;
        while (i < lines.Count)
        {
            if (lines[i].Count < 2)
            {
                i++;
                continue;
            }
            var last = i;
            // The last line taken into the table: its last row, or the wrapped tails below that row.
            var reach = i;
            var rows = 1;
            var widest = lines[i].Count;
            for (var j = i + 1; j < lines.Count; j++)
            {
                // Across a blank line only a row as full as the table's continues it: "填表人：…　　联系电话：…" below a
                // table is a line of its own.
                if (lines[j].Count >= 2 && (j - reach == 1 || lines[j].Count >= Math.Max(3, (widest + 1) / 2)))
                {
                    (last, reach, rows, widest) = (j, j, rows + 1, Math.Max(widest, lines[j].Count));
                    continue;
                }
                if (lines[j].Count == 0 && j - reach <= 1)
                    continue;
                // Wrapped tails, one or several lines of them, between two rows of the table.
                var tails = j;
                while (tails < lines.Count && lines[tails].Count == 1 && !IsFormField(lines[tails][0].Text)
                    && (lines[tails][0].Start >= indent || lines[tails][0].End - lines[tails][0].Start <= shortTail))
                    tails++;
                if (tails > j && j - reach <= 1 && tails < lines.Count && lines[tails].Count >= 2)
                {
                    (j, reach) = (tails - 1, tails - 1);
                    continue;
                }
                if (tails > j && j - reach <= 1 && trailingTails)
                    last = tails - 1;
                break;
            }
            // One row is a table too when it has three cells or more, none a "label：value" of its own (a form's
            // 部门名称 | … | 联系人 | … row, not "发布日期：…  信息来源：…"), or its wrapped cells' tails stand under its columns.
            if (rows >= 2 || (lines[i].Count >= 3 && !lines[i].Any(f => IsFormField(f.Text))) || (last > i && lines[i + 1][0].Start >= indent))
                blocks.Add((i, last));
            i = last + 1;
        }
        return blocks;
    }

    /// <summary>"单位：万元", "填表人：张三": a label and its value, a line of its own (a tail "中：" ends with its colon).</summary>
    private static bool IsFormField(string text)
    {
        var colon = text.AsSpan().IndexOfAny('：', ':');
        return colon > 0 && colon < text.Length - 1;
    }

    private static readonly System.Buffers.SearchValues<char> Spaces = System.Buffers.SearchValues.Create(" \t\u3000\u00A0");

    /// <summary>Whether the line has a wide gap anywhere: two spaces, an ideographic space or a tab.</summary>
    private static bool HasGap(string line)
    {
        var rest = line.AsSpan();
        while (true)
        {
            var i = rest.IndexOfAny(Spaces);
            if (i < 0 || i == rest.Length - 1)
                return false;
            if (rest[i] is '\t' or '\u3000' || IsSpace(rest[i + 1]))
                return true;
            rest = rest[(i + 1)..];
        }
    }

    private static bool IsSpace(char c) => c is ' ' or '\t' or '\u3000' or '\u00A0';

    /// <summary>East Asian wide and full-width characters take two columns; everything else one (ambiguous ones too, as wcwidth counts them).</summary>
    public static int Width(char c) => c switch
    {
        >= '\u1100' and <= '\u115F' => 2,
        >= '\u2E80' and <= '\u303E' => 2,
        >= '\u3041' and <= '\u33FF' => 2,
        >= '\u3400' and <= '\u4DBF' => 2,
        >= '\u4E00' and <= '\u9FFF' => 2,
        >= '\uA000' and <= '\uA4CF' => 2,
        >= '\uAC00' and <= '\uD7A3' => 2,
        >= '\uF900' and <= '\uFAFF' => 2,
        >= '\uFE30' and <= '\uFE4F' => 2,
        >= '\uFF00' and <= '\uFF60' => 2,
        >= '\uFFE0' and <= '\uFFE6' => 2,
        _ => 1,
    };
}
