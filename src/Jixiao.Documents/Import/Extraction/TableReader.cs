using Jixiao.Documents.Import.Structure;
using Jixiao.Documents.Import.Vocabularies;

namespace Jixiao.Documents.Import.Extraction;

/// <summary>
/// Walks the document's table rows: a header row (recognised by its column words) opens a funds, indicator or task
/// table, and the rows after it are read by that table until the next header or a new table. Long cells are read as
/// sentences too: the forms put figures in their 年度目标 and 评分依据 cells. A table captioned as one project's
/// (<see cref="TableSubjects"/>) is read apart and becomes that project's key task: its 合计, indicators and score are
/// not the department's.
/// </summary>
internal static class TableReader
{
    public static void Read(DocumentLayout layout, DocumentFacts facts)
    {
        var units = new UnitDeclarations(layout);
        FundsTable? funds = null;
        IndicatorTable? indicators = null;
        TaskTable? tasks = null;
        var goalPending = false;
        var text = new int[layout.TextLines.Count];
        for (var i = 0; i < text.Length; i++)
            text[i] = layout.TextLines[i].Line.Number;
        Array.Sort(text);
        TableRow? header = null;
        var previous = 0;
        var subject = TableSubject.Department;
        var target = facts;
        ProjectTable? project = null;
        IndicatorTable? lastIndicators = null;
        for (var r = 0; r < layout.Rows.Count; r++)
        {
            var row = layout.Rows[r];
            var continues = header is not null && row.Cells.Count == header.Cells.Count && !TextBetween(text, previous, row.Line.Number);
            var newTable = r == 0 || (row.Line.TableRow == 1 && !continues);
            var named = newTable ? TableSubjects.OfCaption(layout, row, previous) : null;
            named = TableSubjects.OfRow(row) ?? named;
            previous = row.Line.Number;
            if ((named is not null && named != subject) || (newTable && named is null && subject != TableSubject.Department))
            {
                funds?.Emit(target);
                (funds, indicators, tasks, header) = (null, null, null, null);
                project?.Finish(facts);
                lastIndicators = null;
                subject = named ?? TableSubject.Department;
                project = subject == TableSubject.Project ? new ProjectTable(row) : null;
                target = project?.Facts ?? facts;
            }
            project?.Read(row);
            var kind = layout.HeaderKind(r);
            if (kind is not null)
            {
                funds?.Emit(target);
                (funds, indicators, tasks) = (null, null, null);
                switch (kind)
                {
                    case TableKind.Funds:
                        funds = new FundsTable(row, units.At(row.Line.Number), subject, facts.Year);
                        break;
                    case TableKind.Indicators:
                        indicators = lastIndicators = new IndicatorTable(row);
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
                funds?.Emit(target);
                (funds, indicators, tasks) = (null, null, null);
            }
            // The 总分 and 评价等级 rows cut off from their table by a page break or a wrapped cell still close that table.
            if (indicators is null && lastIndicators is not null)
            {
                if (IndicatorTable.TotalAt(row) is >= 0 and var at)
                    lastIndicators.AddTotal(row, at, target);
                else if (ScoreLabels.IsGrade(IndicatorTable.FirstCell(row)))
                    IndicatorTable.AddGrade(row, target);
            }
            goalPending = ReadGoal(row, target, goalPending);
            funds?.Add(row);
            indicators?.Add(row, target);
            tasks?.Add(row, target);
            ReadCells(row, target);
        }
        funds?.Emit(target);
        project?.Finish(facts);
    }

    /// <summary>Whether a text line (<paramref name="sorted"/> line numbers) stands strictly between lines <paramref name="after"/> and <paramref name="before"/>.</summary>
    private static bool TextBetween(int[] sorted, int after, int before)
    {
        var i = Array.BinarySearch(sorted, after + 1);
        i = i < 0 ? ~i : i;
        return i < sorted.Length && sorted[i] < before;
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
            // A cell with figures in a sentence, or a grade stated in a cell ("自评等级：优").
            if ((cell.Length >= 8 && cell.Any(char.IsAsciiDigit)) || (cell.Length <= 20 && Lexicon.Default.GradeLabels.Occurs(cell)))
                SentenceReader.Read(new Passage(row.Line, cell, isCell: true, raw: row.RawCell(i)), facts);
        }
    }
}
