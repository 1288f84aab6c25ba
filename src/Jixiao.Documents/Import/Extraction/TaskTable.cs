using System.Text.RegularExpressions;
using Jixiao.Documents.Import.Structure;

namespace Jixiao.Documents.Import.Extraction;

/// <summary>
/// The task table of the Guangzhou 2021 form (主要任务 / 年初预期目标 / 目标完成情况 / 关键指标 / 计算公式 / 预期实现值 /
/// 指标完成情况 / 任务涉及资金). OCR shifts cells left or right when a neighbour is garbled, so each row is anchored on
/// its target cell ("≥95%", "2辆", "提升") nearest the 预期实现值 column and read relative to it.
/// </summary>
internal sealed partial class TaskTable(TableRow header)
{
    private const int MaxShift = 2;

    private readonly List<Column> _columns = [.. header.Cells.Select(Columns.Classify)];
    private TaskDraft? _task;
    private readonly List<int> _pending = [];

    public void Add(TableRow row, DocumentFacts facts)
    {
        if (TaskLabel(row) is { } label)
        {
            _task = facts.Task(label, row.Line);
            _task.Goal ??= LongText(row, 1);
            // Rows before the first label belong to the first task: OCR centres the merged label cell.
            foreach (var i in _pending)
                facts.Indicators[i] = facts.Indicators[i] with { Task = _task.Name };
            _pending.Clear();
        }
        var target = _columns.IndexOf(Column.Target);
        var name = _columns.IndexOf(Column.Name);
        if (target < 0 || name < 0)
            return;
        var at = Anchor(row, target, name);
        if (at is null)
            return;
        var shift = at.Value - target;
        string Cell(Column c) => _columns.IndexOf(c) is var i and >= 0 ? row.Cell(i + shift) : "";
        var indicatorName = Words.Compact(Cell(Column.Name));
        var formula = Cell(Column.Formula).Trim();
        var actual = Cell(Column.Actual).Trim();
        facts.Indicators.Add(new IndicatorDraft("", "", indicatorName, null, row.Cell(at.Value).Trim(), actual.Length > 0 ? actual : null,
            formula.Length > 0 ? formula : null, null, null, _task?.Name, row.Line, row.Quote));
        if (_task is null)
            _pending.Add(facts.Indicators.Count - 1);
        if (Funds(row, at.Value) is { } funds && _task is not null)
            _task.Budget ??= funds;
    }

    /// <summary>The target cell nearest the 预期实现值 column, with a name two cells before it.</summary>
    private static int? Anchor(TableRow row, int target, int name)
    {
        foreach (var shift in (int[])[0, -1, 1, -2, 2])
        {
            if (Math.Abs(shift) > MaxShift)
                continue;
            var i = target + shift;
            if (Cells.IsTarget(row.Cell(i)) && Words.Compact(row.Cell(name + shift)).Length >= 2 && !Cells.IsTarget(row.Cell(name + shift)))
                return i;
        }
        return null;
    }

    /// <summary>任务涉及资金: the first number after the actual's cell.</summary>
    private decimal? Funds(TableRow row, int target)
    {
        var actual = _columns.IndexOf(Column.Actual);
        var start = actual >= 0 ? target + (actual - _columns.IndexOf(Column.Target)) + 1 : target + 1;
        for (var i = start; i < row.Cells.Count; i++)
        {
            if (CellValue.Number(row.Cell(i)) is { } v && !Words.Compact(row.Cell(i)).EndsWith('%'))
                return v;
        }
        return null;
    }

    private string? TaskLabel(TableRow row)
    {
        var i = _columns.IndexOf(Column.Task);
        var cell = Words.Compact(row.Cell(i < 0 ? 0 : i));
        var m = TaskPattern().Match(cell);
        return m.Success ? "任务" + m.Groups[1].Value : null;
    }

    private static string? LongText(TableRow row, int from)
    {
        for (var i = from; i < row.Cells.Count; i++)
        {
            if (row.Cell(i).Trim().Length >= 20)
                return row.Cell(i).Trim();
        }
        return null;
    }

    [GeneratedRegex(@"^任务(\d+)$")]
    private static partial Regex TaskPattern();
}
