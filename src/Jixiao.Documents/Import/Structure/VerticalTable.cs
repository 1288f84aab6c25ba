using Jixiao.Documents.Import.Vocabularies;

namespace Jixiao.Documents.Import.Structure;

/// <summary>
/// Rebuilds a table that was exported one cell per line (a header of "年初预算数", "全年预算数", … each on its own
/// line, then the cells row by row, merged cells left out). The header gives the columns; the rows are found by
/// what their cells look like: a label and numbers in a funds table, a name, a target, an actual and two numbers in
/// an indicator table.
/// </summary>
internal static class VerticalTable
{
    /// <summary>Header words stand alone on their line and are short.</summary>
    private const int MaxHeaderLength = 14;

    /// <summary>Rows rebuilt from <paramref name="lines"/> (text lines, empty ones left out), and the lines they used.</summary>
    public static (List<TableRow> Rows, HashSet<int> Used) Rebuild(IReadOnlyList<(SourceLine Line, string Text)> lines)
    {
        var rows = new List<TableRow>();
        var used = new HashSet<int>();
        var i = 0;
        while (i < lines.Count)
        {
            var run = HeaderRun(lines, i);
            if (run < 3)
            {
                i++;
                continue;
            }
            var header = new List<string>();
            var start = i;
            if (i > 0 && !used.Contains(lines[i - 1].Line.Number) && Columns.Classify(lines[i - 1].Text) == Column.Label && Words.Compact(lines[i - 1].Text).Length <= MaxHeaderLength + 4)
            {
                start = i - 1;
                header.Add(lines[i - 1].Text);
            }
            else
            {
                header.Add("");
            }
            for (var k = 0; k < run; k++)
                header.Add(lines[i + k].Text);
            var columns = header.Select(Columns.Classify).ToList();
            var kind = Columns.KindOf(columns);
            if (kind is null)
            {
                i += run;
                continue;
            }
            rows.Add(new TableRow(header, lines[i].Line));
            var next = i + run;
            var end = kind == TableKind.Funds ? FundsRows(lines, next, header.Count, rows) : IndicatorRows(lines, next, columns, rows);
            for (var k = start; k < end; k++)
                used.Add(lines[k].Line.Number);
            i = Math.Max(end, i + run);
        }
        return (rows, used);
    }

    private static int HeaderRun(IReadOnlyList<(SourceLine Line, string Text)> lines, int at)
    {
        var n = 0;
        while (at + n < lines.Count && IsHeaderWord(lines[at + n].Text))
            n++;
        return n;
    }

    private static bool IsHeaderWord(string text)
    {
        var c = Words.Compact(text);
        return c.Length <= MaxHeaderLength && !c.Any(ch => ch is '，' or '。' or ',' or '；') && Columns.Classify(c) is not (Column.Unknown or Column.Label);
    }

    /// <summary>Label then up to one value per column: "年度资金总额", "4215.60", "5382.75", ….</summary>
    private static int FundsRows(IReadOnlyList<(SourceLine Line, string Text)> lines, int i, int width, List<TableRow> rows)
    {
        while (i < lines.Count)
        {
            var label = lines[i];
            if (Cells.IsValue(label.Text) || IsHeaderWord(label.Text))
                break;
            var cells = new List<string> { label.Text };
            var j = i + 1;
            while (j < lines.Count && cells.Count < width && Cells.IsValue(lines[j].Text) && Words.Compact(lines[j].Text).Length > 0)
                cells.Add(lines[j++].Text);
            if (cells.Count == 1)
                break;
            while (cells.Count < width)
                cells.Add("");
            rows.Add(new TableRow(cells, label.Line));
            i = j;
        }
        return i;
    }

    /// <summary>
    /// Indicator rows: each is anchored on its name followed by cells of the right shapes (target, actual, weight,
    /// score); the one or two lines before a name are its 一级/二级指标 when they changed, the line after the score
    /// its remark. "总分"/"合计" and "评价等级" close the table.
    /// </summary>
    private static int IndicatorRows(IReadOnlyList<(SourceLine Line, string Text)> lines, int i, List<Column> columns, List<TableRow> rows)
    {
        var name = columns.IndexOf(Column.Name);
        if (name < 0)
            return i;
        var after = columns.Skip(name + 1).ToList();
        var hasRemark = after.Count > 0 && after[^1] == Column.Remark;
        var shape = hasRemark ? after[..^1] : after;
        var pending = new List<string>();
        while (i < lines.Count)
        {
            var text = lines[i].Text;
            if (Fits(lines, i, shape))
            {
                var cells = Enumerable.Repeat("", columns.Count).ToList();
                cells[name] = text;
                for (var k = 0; k < shape.Count; k++)
                    cells[name + 1 + k] = lines[i + 1 + k].Text;
                PlaceLevels(pending, columns, cells);
                var j = i + 1 + shape.Count;
                if (hasRemark && j < lines.Count && !Fits(lines, j, shape) && !IsClosing(lines[j].Text) && !LooksLikeLevel(lines[j].Text))
                    cells[^1] = lines[j++].Text;
                rows.Add(new TableRow(cells, lines[i].Line));
                pending.Clear();
                i = j;
                continue;
            }
            if (ScoreLabels.IsTotal(text))
            {
                var numbers = new List<string>();
                var j = i + 1;
                while (j < lines.Count && numbers.Count < 2 && Cells.IsNumber(lines[j].Text))
                    numbers.Add(lines[j++].Text);
                var cells = Enumerable.Repeat("", columns.Count).ToList();
                cells[0] = text;
                var weight = columns.IndexOf(Column.Weight);
                var score = columns.IndexOf(Column.Score);
                if (numbers.Count == 2 && weight >= 0 && score >= 0)
                {
                    cells[weight] = numbers[0];
                    cells[score] = numbers[1];
                }
                else if (numbers.Count >= 1 && score >= 0)
                {
                    cells[score] = numbers[^1];
                }
                rows.Add(new TableRow(cells, lines[i].Line));
                i = j;
                continue;
            }
            if (ScoreLabels.IsGrade(text) && i + 1 < lines.Count)
            {
                rows.Add(new TableRow([text, lines[i + 1].Text], lines[i].Line));
                i += 2;
                continue;
            }
            if (pending.Count >= 2 || Words.Compact(text).StartsWith("注", StringComparison.Ordinal) || Words.Compact(text).Length > 40)
                break;
            pending.Add(text);
            i++;
        }
        return i - pending.Count;
    }

    private static bool Fits(IReadOnlyList<(SourceLine Line, string Text)> lines, int at, List<Column> shape)
    {
        if (at + shape.Count >= lines.Count || IsClosing(lines[at].Text) || Cells.IsNumber(lines[at].Text))
            return false;
        for (var k = 0; k < shape.Count; k++)
        {
            var cell = lines[at + 1 + k].Text;
            var ok = shape[k] switch
            {
                Column.Weight or Column.Score => Cells.IsNumber(cell),
                Column.Target => Cells.IsTarget(cell),
                _ => Words.Compact(cell).Length <= 40,
            };
            if (!ok)
                return false;
        }
        return true;
    }

    /// <summary>One pending line is the 二级指标 unless it carries the 一级's points ("产出指标（50分）").</summary>
    private static void PlaceLevels(List<string> pending, List<Column> columns, List<string> cells)
    {
        var level1 = columns.IndexOf(Column.Level1);
        var level2 = columns.IndexOf(Column.Level2);
        if (pending.Count >= 2)
        {
            if (level1 >= 0)
                cells[level1] = pending[^2];
            if (level2 >= 0)
                cells[level2] = pending[^1];
        }
        else if (pending.Count == 1)
        {
            var target = HasPoints(pending[0]) || level2 < 0 ? level1 : level2;
            if (target >= 0)
                cells[target] = pending[0];
        }
    }

    private static bool HasPoints(string text)
    {
        var c = Words.Compact(text);
        return c.EndsWith("分）", StringComparison.Ordinal) || c.EndsWith("分)", StringComparison.Ordinal) || (c.EndsWith('）') && c.Contains('（', StringComparison.Ordinal) && char.IsAsciiDigit(c[^2]));
    }

    private static bool LooksLikeLevel(string text)
    {
        var c = Words.Compact(text);
        return (c.EndsWith("指标", StringComparison.Ordinal) && c.Length <= 12) || HasPoints(c);
    }

    private static bool IsClosing(string text) => ScoreLabels.IsTotal(text) || ScoreLabels.IsGrade(text);
}
