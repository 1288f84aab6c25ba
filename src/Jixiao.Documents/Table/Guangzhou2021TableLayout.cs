using Jixiao.Core.Evaluations;
using Jixiao.Core.Figures;
using Jixiao.Core.Indicators;
using Jixiao.Core.Rates;
using Jixiao.Documents.Import.Extraction;
using Jixiao.Documents.Import.Structure;
using Jixiao.Documents.Import.Vocabularies;
using Jixiao.Documents.Report;
using Jixiao.Documents.Table.Xlsx;

namespace Jixiao.Documents.Table;

/// <summary>
/// Guangzhou's 2021 自评表 (seed 001): 部门资金情况 by source (年初预算数, 预算调整数, 实际支出数, 预算完成率,
/// 预算调整率), 年度目标 expected against achieved, 主要任务 with each task's key indicators and funds in merged
/// blocks, then 存在问题 and 改进措施. The rates and the 合计 line are formulas where the figures allow. The form's
/// words come from the lexicon (<see cref="FormLabels"/>).
/// </summary>
internal static class Guangzhou2021TableLayout
{
    public const string Id = "guangzhou-2021";

    private const int Last = 9;

    private static FormLabels Form => Lexicon.Default.Forms[Id];

    public static SheetBuilder Build(Evaluation evaluation, Core.Scoring.ScoreCard card, DocumentNumbers numbers)
    {
        var sheet = new SheetBuilder("自评表", [11, 13, 24, 20, 14, 18, 10, 18, 11]) { Landscape = true };
        var title = card.Scheme.Table is { Title.Length: > 0 } t ? t.Title : Form.Title;
        // The table has a 部门名称 row of its own (seed 001): the line above it carries only the unit.
        var row = TableTitle.Write(sheet, title, evaluation.Year, null, Last);
        sheet.Text(row, 1, Form.Block("department"), CellStyle.Header);
        sheet.Merge(row, 2, row, Last, evaluation.Department, CellStyle.Text);
        row = Funds(sheet, evaluation, numbers, row + 1);
        row = Goals(sheet, evaluation, numbers, row);
        var columns = card.Scheme.Table is { Columns.Count: 8 } c ? c.Columns : [.. Form.Indicators.Select(i => i.Label)];
        row = Tasks(sheet, evaluation, columns, numbers, row);
        row = Closing(sheet, Form.Block("problems"), Narrative(evaluation, "problems", numbers), row);
        Closing(sheet, Form.Block("improvements"), Narrative(evaluation, "improvements", numbers), row);
        return sheet;
    }

    private static int Funds(SheetBuilder sheet, Evaluation evaluation, DocumentNumbers numbers, int row)
    {
        var amount = CellStyle.Amount(numbers.AmountFormat);
        var rate = CellStyle.Rate(numbers.RateFormat);
        var f = evaluation.Figures;
        var sources = Sources(f);
        var end = row + 1 + sources.Count;
        sheet.Merge(row, 1, end, 1, Form.Block("funds"), CellStyle.Header);
        sheet.Text(row, 2, Form.FundsLabel(Column.Label), CellStyle.Header);
        sheet.Text(row, 3, Form.FundsLabel(Column.Initial), CellStyle.Header);
        sheet.Text(row, 4, Form.FundsLabel(Column.Adjustment), CellStyle.Header);
        sheet.Text(row, 5, Form.FundsLabel(Column.Spent), CellStyle.Header);
        sheet.Merge(row, 6, row, 7, Form.FundsLabel(Column.CompletionRate), CellStyle.Header);
        sheet.Merge(row, 8, row, 9, Form.FundsLabel(Column.AdjustmentRate), CellStyle.Header);

        sheet.KeepTogether(row, end);
        var total = row + 1;
        sheet.Text(total, 2, Form.RowLabel(FundsRow.Total), CellStyle.Centered);
        Total(sheet, total, 3, f.Budget.Initial, sources.Select(s => s.Budget).ToList(), amount);
        Total(sheet, total, 4, f.Budget.Adjustment, [], amount);
        Total(sheet, total, 5, f.Spent.Total, sources.Select(s => s.Spent).ToList(), amount);
        Rates(sheet, total, Core.Rates.Rates.Completion.Compute(evaluation), Core.Rates.Rates.Adjustment.Compute(evaluation), rate);

        for (var i = 0; i < sources.Count; i++)
        {
            var r = total + 1 + i;
            var (name, budget, spent) = sources[i];
            sheet.Text(r, 2, name, CellStyle.Centered);
            sheet.Number(r, 3, budget, amount);
            sheet.Text(r, 4, "", amount);
            sheet.Number(r, 5, spent, amount);
            // The model has no adjustment by source: without it the source's rates are left empty, not guessed.
            Rates(sheet, r, null, null, rate);
        }
        return end + 1;
    }

    /// <summary>合计 is =SUM of the sources when they add up to the stated total; else the stated total itself.</summary>
    private static void Total(SheetBuilder sheet, int row, int col, decimal? stated, List<decimal?> parts, CellStyle amount)
    {
        if (stated is { } s && parts.Count > 0 && parts.TrueForAll(p => p is not null) && parts.Sum() == s)
            sheet.Formula(row, col, $"SUM({SheetBuilder.Ref(row + 1, col)}:{SheetBuilder.Ref(row + parts.Count, col)})", s, amount);
        else
            sheet.Number(row, col, stated, amount);
    }

    private static void Rates(SheetBuilder sheet, int row, RateValue? completion, RateValue? adjustment, CellStyle rate)
    {
        string Ref(int col) => SheetBuilder.Ref(row, col);
        if (completion is { } c)
            sheet.Formula(row, 6, $"{Ref(5)}/({Ref(3)}+{Ref(4)})", c.Fraction, rate);
        else
            sheet.Text(row, 6, "", rate);
        sheet.Span(row, 6, row, 7, rate);
        if (adjustment is { } a)
            sheet.Formula(row, 8, $"{Ref(4)}/{Ref(3)}", a.Fraction, rate);
        else
            sheet.Text(row, 8, "", rate);
        sheet.Span(row, 8, row, 9, rate);
    }

    private static List<(string Name, decimal? Budget, decimal? Spent)> Sources(Figures f)
    {
        var result = new List<(string, decimal?, decimal?)>(4);
        void Add(string name, decimal? budget, decimal? spent)
        {
            if (budget is not null || spent is not null)
                result.Add((name, budget, spent));
        }
        Add(Form.RowLabel(FundsRow.GeneralPublic), f.BudgetBySource.GeneralPublic, f.SpentBySource.GeneralPublic);
        Add(Form.RowLabel(FundsRow.GovernmentFund), f.BudgetBySource.GovernmentFund, f.SpentBySource.GovernmentFund);
        Add(Form.RowLabel(FundsRow.StateCapital), f.BudgetBySource.StateCapital, f.SpentBySource.StateCapital);
        Add(Form.RowLabel(FundsRow.Other), f.BudgetBySource.Other, f.SpentBySource.Other);
        return result;
    }

    private static int Goals(SheetBuilder sheet, Evaluation evaluation, DocumentNumbers numbers, int row)
    {
        sheet.Merge(row, 1, row + 1, 1, Form.Block("goal"), CellStyle.Header);
        sheet.Merge(row, 2, row, 5, Form.Block("planned"), CellStyle.Header);
        sheet.Merge(row, 6, row, Last, Form.Block("achieved"), CellStyle.Header);
        sheet.Merge(row + 1, 2, row + 1, 5, Prose(evaluation.AnnualGoal, numbers), CellStyle.Text);
        sheet.Merge(row + 1, 6, row + 1, Last, Narrative(evaluation, "annual-goal", numbers), CellStyle.Text);
        return row + 2;
    }

    private static int Tasks(SheetBuilder sheet, Evaluation evaluation, IReadOnlyList<string> columns, DocumentNumbers numbers, int row)
    {
        var amount = CellStyle.Amount(numbers.AmountFormat);
        for (var c = 0; c < columns.Count; c++)
            sheet.Text(row, c + 2, columns[c], CellStyle.Header);
        sheet.HeaderRow(row);
        var first = row;
        row++;
        foreach (var (task, indicators) in Groups(evaluation))
        {
            var end = row + Math.Max(1, indicators.Count) - 1;
            sheet.Merge(row, 2, end, 2, task.Name, CellStyle.Centered);
            sheet.Merge(row, 3, end, 3, Prose(task.Goal, numbers), CellStyle.Text);
            sheet.Merge(row, 4, end, 4, Prose(task.Outcome, numbers), CellStyle.Text);
            sheet.Number(row, 9, task.Budget, amount);
            sheet.Span(row, 9, end, 9, amount);
            sheet.KeepTogether(row, end);
            for (var i = 0; i < Math.Max(1, indicators.Count); i++)
            {
                var indicator = i < indicators.Count ? indicators[i] : null;
                sheet.Text(row + i, 5, Prose(indicator?.Name, numbers), CellStyle.Text);
                sheet.Text(row + i, 6, Prose(indicator?.Formula, numbers), CellStyle.Text);
                sheet.Text(row + i, 7, indicator?.Target.Text, CellStyle.Centered);
                sheet.Text(row + i, 8, Prose(indicator?.Actual?.Text, numbers), CellStyle.Text);
            }
            row = end + 1;
        }
        sheet.Merge(first, 1, row - 1, 1, Form.Block("tasks"), CellStyle.Header);
        return row;
    }

    /// <summary>The tasks in order with their indicators; indicators naming no listed task follow under their own name.</summary>
    private static List<(KeyTask Task, List<Indicator> Indicators)> Groups(Evaluation evaluation)
    {
        var groups = evaluation.Tasks.Select(t => (Task: t, Indicators: new List<Indicator>())).ToList();
        foreach (var indicator in evaluation.Indicators)
        {
            var name = indicator.Task ?? Form.Block("otherTask");
            var group = groups.FindIndex(g => g.Task.Name == name);
            if (group < 0)
            {
                groups.Add((new KeyTask { Name = name }, []));
                group = groups.Count - 1;
            }
            groups[group].Indicators.Add(indicator);
        }
        return groups;
    }

    private static int Closing(SheetBuilder sheet, string label, string text, int row)
    {
        sheet.Text(row, 1, label, CellStyle.Header);
        sheet.Merge(row, 2, row, Last, text, CellStyle.Text);
        return row + 1;
    }

    private static string Narrative(Evaluation evaluation, string id, DocumentNumbers numbers) =>
        evaluation.Narrative.TryGetValue(id, out var text) ? Prose(text, numbers) : "";

    /// <summary>The department's words set as the report sets them (<see cref="NarrativeText"/>), paragraph by paragraph.</summary>
    internal static string Prose(string? text, DocumentNumbers numbers) =>
        text is null ? "" : string.Join("\n", NarrativeText.Paragraphs(text, numbers));
}
