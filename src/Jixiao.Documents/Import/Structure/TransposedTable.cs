using Jixiao.Documents.Import.Extraction;
using Jixiao.Documents.Import.Vocabularies;

namespace Jixiao.Documents.Import.Structure;

/// <summary>
/// A funds table laid out the other way round: the lines of money across the top (年度资金总额 | 基本支出 | 项目支出) and
/// one row per measure (年初预算数 | 全年预算数 | 执行数 | 执行率 …). Unfolded into the usual layout, one row per line of
/// money under a header of measures, so the funds table reads it like any other.
/// </summary>
internal static class TransposedTable
{
    /// <summary>At least this many measure rows make a transposed table (a header alone proves nothing).</summary>
    private const int MinMeasures = 2;

    public static List<TableRow> Unfold(List<TableRow> rows)
    {
        var result = new List<TableRow>(rows.Count);
        for (var i = 0; i < rows.Count; i++)
        {
            var end = i + 1;
            var label = end < rows.Count ? LabelColumn(rows[end]) : -1;
            if (label >= 0 && IsLinesHeader(rows[i], label))
            {
                while (end < rows.Count && rows[end].Line.TableRow == rows[end - 1].Line.TableRow + 1 && LabelColumn(rows[end]) == label)
                    end++;
            }
            if (end - i - 1 < MinMeasures)
            {
                result.Add(rows[i]);
                continue;
            }
            result.AddRange(Unfolded(rows[i], rows.GetRange(i + 1, end - i - 1), label));
            i = end - 1;
        }
        return result;
    }

    /// <summary>
    /// Where a row names one measure (年初预算数, 执行率, 分值 …), followed by a value for each line of money: the index of
    /// its label cell (a merged group cell may stand empty before it), or -1 for any other row.
    /// </summary>
    private static int LabelColumn(TableRow row)
    {
        var at = 0;
        while (at < row.Cells.Count && Words.Compact(row.Cells[at]).Length == 0)
            at++;
        if (at >= row.Cells.Count - 1)
            return -1;
        var column = Columns.Classify(row.Cells[at]);
        // A source's row among the measures ("一般公共预算", "其中：财政拨款") stays in the table; its column is read as none.
        var source = Lexicon.Default.FundsRows.Classify(Words.Compact(row.Cells[at])) is FundsRow.GeneralPublic or FundsRow.GovernmentFund
            or FundsRow.StateCapital or FundsRow.Other or FundsRow.Ignored;
        var measure = Columns.IsFunds(column) || column is Column.Weight or Column.Score || source;
        return measure && row.Cells.Skip(at + 1).All(c => Cells.IsValue(c)) ? at : -1;
    }

    /// <summary>A row whose cells right of the label column name lines of money, one of them the whole (合计, 年度资金总额 …).</summary>
    private static bool IsLinesHeader(TableRow row, int label)
    {
        if (Columns.KindOfRow(row.Cells, DocumentLayout.MaxHeaderCell) is not null)
            return false;
        var lines = row.Cells.Skip(label + 1).Select(c => Words.Compact(c)).Where(c => c.Length > 0)
            .Select(c => Lexicon.Default.FundsRows.Classify(c)).ToList();
        // The whole, and mostly lines the lexicon knows (sources, 其中 rows, 到位资金); a single column is the whole alone.
        return lines.Count >= 1 && lines.Contains(FundsRow.Total) && lines.Count(l => l is not null and not FundsRow.Unknown) * 2 > lines.Count;
    }

    private static IEnumerable<TableRow> Unfolded(TableRow header, List<TableRow> measures, int label)
    {
        var line = header.Line;
        yield return new TableRow([header.Cell(label), .. measures.Select(m => m.Cell(label))], line);
        for (var k = label + 1; k < header.Cells.Count; k++)
        {
            if (Words.Compact(header.Cell(k)).Length == 0)
                continue;
            var cells = new List<string> { header.Cell(k) };
            cells.AddRange(measures.Select(m => m.Cell(k)));
            yield return new TableRow(cells, line with { TableRow = (line.TableRow ?? 1) + k, Cells = cells });
        }
    }
}
