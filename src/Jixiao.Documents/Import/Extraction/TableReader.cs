using Jixiao.Documents.Import.Structure;

namespace Jixiao.Documents.Import.Extraction;

/// <summary>
/// Walks the document's table rows: a header row (recognised by its column words) opens a funds, indicator or task
/// table, and the rows after it are read by that table until the next header or a new table. Long cells are read as
/// sentences too: the forms put figures in their 年度目标 and 评分依据 cells.
/// </summary>
internal static class TableReader
{
    /// <summary>Header cells are short; a long cell that mentions "执行率" is text, not a column title.</summary>
    private const int MaxHeaderCell = 20;

    public static void Read(DocumentLayout layout, DocumentFacts facts)
    {
        var units = new UnitDeclarations(layout);
        FundsTable? funds = null;
        IndicatorTable? indicators = null;
        TaskTable? tasks = null;
        var goalPending = false;
        var text = new HashSet<int>(layout.TextLines.Select(t => t.Line.Number));
        TableRow? header = null;
        var previous = 0;
        foreach (var row in layout.Rows)
        {
            var continues = header is not null && row.Cells.Count == header.Cells.Count && !Enumerable.Range(previous + 1, Math.Max(0, row.Line.Number - previous - 1)).Any(text.Contains);
            previous = row.Line.Number;
            var kind = Columns.KindOf([.. row.Cells.Select(c => Words.Compact(c).Length <= MaxHeaderCell ? Columns.Classify(c) : Column.Unknown)]);
            if (kind is not null)
            {
                funds?.Emit(facts);
                (funds, indicators, tasks) = (null, null, null);
                switch (kind)
                {
                    case TableKind.Funds:
                        funds = new FundsTable(row, units.At(row.Line.Number));
                        break;
                    case TableKind.Indicators:
                        indicators = new IndicatorTable(row);
                        break;
                    default:
                        tasks = new TaskTable(row);
                        break;
                }
                header = row;
                continue;
            }
            // A reader starts a new table after a page break or a wrapped cell; it is the same table unless text
            // stands between them or the width changes.
            if (row.Line.TableRow == 1 && !continues)
            {
                header = null;
                funds?.Emit(facts);
                (funds, indicators, tasks) = (null, null, null);
            }
            goalPending = ReadGoal(row, facts, goalPending);
            funds?.Add(row);
            indicators?.Add(row, facts);
            tasks?.Add(row, facts);
            ReadCells(row, facts);
        }
        funds?.Emit(facts);
    }

    /// <summary>年度目标 / 年度总体目标: the first long cell of its row, or of the next row when the label row only has titles.</summary>
    private static bool ReadGoal(TableRow row, DocumentFacts facts, bool pending)
    {
        var first = Words.Compact(row.Cells.FirstOrDefault(c => c.Trim().Length > 0) ?? "");
        var isLabel = first is "年度目标" or "年度总体目标" or "总体目标" or "年度绩效目标";
        if (!isLabel && !pending)
            return false;
        var text = row.Cells.Select(c => c.Trim()).FirstOrDefault(c => c.Length >= 20);
        if (text is null)
            return isLabel;
        facts.AnnualGoal ??= text;
        return false;
    }

    private static void ReadCells(TableRow row, DocumentFacts facts)
    {
        for (var i = 0; i < row.Cells.Count; i++)
        {
            var cell = row.Cells[i];
            if (cell.Length >= 8 && cell.Any(char.IsAsciiDigit))
                SentenceReader.Read(new Passage(row.Line, cell, isCell: true, raw: row.RawCell(i)), facts);
        }
    }
}
