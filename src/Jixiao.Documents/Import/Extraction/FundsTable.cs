using Jixiao.Documents.Import.Structure;
using Jixiao.Documents.Import.Vocabularies;

namespace Jixiao.Documents.Import.Extraction;

/// <summary>
/// The funds table of a form (部门整体资金, 部门资金情况, 部门整体支出基本情况): one row per line of money (合计 /
/// 年度资金总额, 基本支出, 项目支出, a funding source, 上年结转), one column per figure, mapped by header text.
/// </summary>
internal sealed class FundsTable(TableRow header, string unit, TableSubject subject, int? year)
{
    /// <summary>Each header cell's column; a column of another year than the document's is none of its figures.</summary>
    private readonly List<Column> _columns = [.. header.Cells.Select(c => year is { } y && Columns.YearOf(c) is { } named && named != y ? Column.Unknown : Columns.Classify(c))];
    private readonly List<(TableRow Row, FundsRow Kind)> _rows = [];

    public void Add(TableRow row)
    {
        if (!row.Cells.Any(c => CellValue.Number(c) is not null))
            return;
        // A header wider than its rows has group cells ("资金来源" over the sources, over the label) that take no cell in
        // the rows; readers also drop a row's trailing empty cells. The missing cells go where the row's numbers then
        // stand under columns of their kind and its words under labels.
        if (row.Cells.Count < _columns.Count)
            row = BestAlignment(row);
        // A line of money has a figure under a figure's column; a row numbered by its 序号 only is text (a goal).
        if (!row.Cells.Where((c, i) => i < _columns.Count && IsValueColumn(_columns[i])).Any(c => CellValue.Number(c) is not null))
            return;
        var label = Label(row);
        if (label.Length is > 0 and <= MaxLabel)
            _rows.Add((row, Lexicon.Default.FundsRows.Classify(label) ?? FundsRow.Unknown));
    }

    /// <summary>
    /// Mentions for every mapped cell. A table whose rows are the “三公” items is the “三公” table; a table listing two or
    /// more projects by name is a project table (each row a task, its 合计 not the department's); "其他资金" is a funding
    /// source only beside the other sources.
    /// </summary>
    public void Emit(DocumentFacts facts)
    {
        var hasSources = _rows.Any(r => r.Kind is FundsRow.GeneralPublic or FundsRow.GovernmentFund or FundsRow.StateCapital);
        var threePublic = subject == TableSubject.ThreePublic || _rows.Any(r => r.Kind is FundsRow.ThreePublic or FundsRow.ThreePublicAbroad
            or FundsRow.ThreePublicVehiclePurchase or FundsRow.ThreePublicVehicleOperation or FundsRow.ThreePublicReception);
        var projects = _rows.Count(r => r.Kind == FundsRow.Unknown) >= 2;
        foreach (var (row, kind) in _rows)
        {
            if (kind == FundsRow.Ignored || (kind == FundsRow.Other && !hasSources) || (kind == FundsRow.Total && projects))
                continue;
            if (kind == FundsRow.Unknown)
            {
                if (projects)
                    Project(facts, row);
                continue;
            }
            var rowKind = kind == FundsRow.Total && threePublic ? FundsRow.ThreePublic : kind;
            foreach (var (column, value, isPercent) in Values(row))
                Emit(facts, row, rowKind, column, value, isPercent);
        }
    }

    /// <summary>A project's row: its budget, spending and rate as a task the audit checks.</summary>
    private void Project(DocumentFacts facts, TableRow row)
    {
        var task = facts.Task(Label(row), row.Line);
        task.Quote = row.Quote;
        foreach (var (column, value, isPercent) in Values(row))
        {
            switch (column)
            {
                case Column.Total:
                    task.Budget = Money.ToWan(value, unit);
                    break;
                case Column.Initial:
                    task.Budget ??= Money.ToWan(value, unit);
                    break;
                case Column.Spent:
                    task.Spent = Money.ToWan(value, unit);
                    break;
                case Column.ExecutionRate or Column.CompletionRate when isPercent:
                    task.Rate = value;
                    break;
            }
        }
    }

    private void Emit(DocumentFacts facts, TableRow row, FundsRow kind, Column column, decimal value, bool isPercent)
    {
        var quote = row.Quote;
        void Money(string path) => facts.AddMoney(path, value, unit, row.Line, quote, true);
        void Rate(string id) => facts.Add(Paths.Rate(id), value, row.Line, quote, true);
        switch (kind, column)
        {
            case (FundsRow.Total, Column.Initial): Money(Paths.BudgetInitial); break;
            case (FundsRow.Total, Column.Adjustment): Money(Paths.BudgetAdjustment); break;
            case (FundsRow.Total, Column.Carryover): Money(Paths.Carryover); break;
            case (FundsRow.Total, Column.FundsReceived): Money(Paths.FundsReceived); break;
            case (FundsRow.FundsReceived, Column.Total or Column.Spent): Money(Paths.FundsReceived); break;
            case (FundsRow.Total, Column.Total): Money(Paths.BudgetTotal); break;
            case (FundsRow.Total, Column.Spent): Money(Paths.SpentTotal); break;
            case (FundsRow.Total, Column.ExecutionRate) when isPercent: Rate("execution"); break;
            case (FundsRow.Total, Column.CompletionRate) when isPercent: Rate("completion"); break;
            case (FundsRow.Total, Column.AdjustmentRate) when isPercent: Rate("adjustment"); break;
            case (FundsRow.Total, Column.Score) when _columns.Contains(Column.ExecutionRate) || _columns.Contains(Column.CompletionRate):
                facts.ExecutionScore ??= new Mention("execution", value, row.Line, quote, true);
                break;
            case (FundsRow.Total, Column.Weight):
                facts.ExecutionWeight ??= value;
                break;
            case (FundsRow.Basic, Column.Total): Money(Paths.BudgetBasic); break;
            case (FundsRow.Basic, Column.Spent): Money(Paths.SpentBasic); break;
            case (FundsRow.Basic, Column.ExecutionRate or Column.CompletionRate) when isPercent: Rate("basicExecution"); break;
            case (FundsRow.Project, Column.Total): Money(Paths.BudgetProject); break;
            case (FundsRow.Project, Column.Spent): Money(Paths.SpentProject); break;
            case (FundsRow.Project, Column.ExecutionRate or Column.CompletionRate) when isPercent: Rate("projectExecution"); break;
            case (FundsRow.Carryover, Column.Total): Money(Paths.Carryover); break;
            case (FundsRow.Carryover, Column.Initial) when !_columns.Contains(Column.Total): Money(Paths.Carryover); break;
            case (FundsRow.GeneralPublic or FundsRow.GovernmentFund or FundsRow.StateCapital or FundsRow.Other, Column.Total): Money(Paths.BudgetBySource(Source(kind))); break;
            case (FundsRow.GeneralPublic or FundsRow.GovernmentFund or FundsRow.StateCapital or FundsRow.Other, Column.Spent): Money(Paths.SpentBySource(Source(kind))); break;
            case (FundsRow.ThreePublic, Column.Total or Column.Initial): Money(Paths.ThreePublicBudget); break;
            case (FundsRow.ThreePublic, Column.Spent): Money(Paths.ThreePublicSpent); break;
            case (FundsRow.ThreePublic, Column.ExecutionRate or Column.CompletionRate) when isPercent: Rate("threePublicControl"); break;
            case (FundsRow.ThreePublicAbroad, Column.Spent): Money(Paths.ThreePublicAbroad); break;
            case (FundsRow.ThreePublicVehiclePurchase, Column.Spent): Money(Paths.ThreePublicVehiclePurchase); break;
            case (FundsRow.ThreePublicVehicleOperation, Column.Spent): Money(Paths.ThreePublicVehicleOperation); break;
            case (FundsRow.ThreePublicReception, Column.Spent): Money(Paths.ThreePublicReception); break;
        }
    }

    /// <summary>A funding source's key in the model's paths.</summary>
    private static string Source(FundsRow kind) => kind switch
    {
        FundsRow.GeneralPublic => Paths.GeneralPublic,
        FundsRow.GovernmentFund => Paths.GovernmentFund,
        FundsRow.StateCapital => Paths.StateCapital,
        _ => Paths.Other,
    };

    /// <summary>
    /// The row's values by column. OCR and exports shift cells; when the cells under the headers are empty but the row
    /// has exactly one value per value column, they are taken in order.
    /// </summary>
    private List<(Column Column, decimal Value, bool IsPercent)> Values(TableRow row)
    {
        var valueColumns = Enumerable.Range(0, _columns.Count).Where(i => IsValueColumn(_columns[i])).ToList();
        var result = new List<(Column, decimal, bool)>();
        foreach (var i in valueColumns)
        {
            // A percentage under an amount's column is a misread row, never an amount.
            if (CellValue.Number(row.Cell(i)) is { } v && !(IsMoney(_columns[i]) && Words.Compact(row.Cell(i)).EndsWith('%')))
                result.Add((_columns[i], v, IsPercent(_columns[i], row.Cell(i))));
        }
        // A row's 序号 is no figure: it is left out when the values are taken in order.
        var cells = row.Cells.Where((c, i) => (i >= _columns.Count || _columns[i] != Column.Index) && (CellValue.Number(c) is not null || Cells.IsEmptyMark(c))).ToList();
        if (result.Count < cells.Count(c => CellValue.Number(c) is not null) && cells.Count == valueColumns.Count)
        {
            result.Clear();
            for (var k = 0; k < cells.Count; k++)
            {
                if (CellValue.Number(cells[k]) is { } v)
                    result.Add((_columns[valueColumns[k]], v, IsPercent(_columns[valueColumns[k]], cells[k])));
            }
        }
        return result;
    }

    /// <summary>The row with its missing cells inserted as one block where it fits best; at the end when nothing fits better.</summary>
    private TableRow BestAlignment(TableRow row)
    {
        var missing = _columns.Count - row.Cells.Count;
        var best = row with { Cells = [.. row.Cells, .. Enumerable.Repeat("", missing)] };
        var bestFit = Fit(best);
        for (var at = 0; at < row.Cells.Count; at++)
        {
            var trial = row with { Cells = [.. row.Cells.Take(at), .. Enumerable.Repeat("", missing), .. row.Cells.Skip(at)] };
            var fit = Fit(trial);
            if (fit > bestFit)
                (best, bestFit) = (trial, fit);
        }
        return best;
    }

    /// <summary>
    /// How well the row's cells stand under their columns: a percentage under a rate, an amount or points under money,
    /// weight or score columns, words under labels count for it; a number under a label, a percentage under money or
    /// words under a value column count against it. Columns the table does not read (a funding source) say nothing.
    /// </summary>
    private int Fit(TableRow row)
    {
        var fit = 0;
        for (var i = 0; i < row.Cells.Count; i++)
        {
            var cell = row.Compact(i);
            if (cell.Length == 0 || Cells.IsEmptyMark(cell))
                continue;
            var column = _columns[i];
            var isNumber = CellValue.Number(cell) is not null;
            var isPercent = isNumber && cell.EndsWith('%');
            fit += column switch
            {
                Column.Unknown => 0,
                Column.ExecutionRate or Column.CompletionRate or Column.AdjustmentRate => isPercent ? 1 : isNumber ? 0 : -1,
                _ when IsValueColumn(column) => isNumber && !isPercent ? 1 : -1,
                _ => isNumber ? -1 : 1,
            };
        }
        return fit;
    }

    private static bool IsMoney(Column c) => c is Column.Initial or Column.Adjustment or Column.Carryover or Column.FundsReceived or Column.Total or Column.Spent;

    /// <summary>A rate: written with "%", or a bare number under a rate's header ("执行率 | 97.36").</summary>
    private static bool IsPercent(Column column, string cell) =>
        Words.Compact(cell).EndsWith('%') || column is Column.ExecutionRate or Column.CompletionRate or Column.AdjustmentRate;

    private static bool IsValueColumn(Column c) => Columns.IsFunds(c) || c is Column.Weight or Column.Score;

    private string Label(TableRow row)
    {
        var parts = new List<string>();
        for (var i = 0; i < row.Cells.Count; i++)
        {
            if (i < _columns.Count && (IsValueColumn(_columns[i]) || _columns[i] == Column.Index))
                continue;
            var cell = row.Compact(i);
            if (cell.Length > 0 && !Cells.IsValue(cell))
                parts.Add(cell);
        }
        return string.Concat(parts);
    }

    /// <summary>A row label longer than this is text, not a line of money.</summary>
    private const int MaxLabel = 40;
}
