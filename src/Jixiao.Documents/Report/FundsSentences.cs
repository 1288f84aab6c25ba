using System.Globalization;
using Jixiao.Core.Evaluations;
using Jixiao.Core.Figures;
using Jixiao.Core.Rates;
using Jixiao.Documents.Import.Vocabularies;

namespace Jixiao.Documents.Report;

/// <summary>
/// The figures paragraphs of the 收支情况 section when the department wrote none, from the evaluation's figures and
/// the rates of <see cref="Rates"/>, in the words the seed reports use ("全年预算数6,612.30万元，执行数6,247.80万元，
/// 预算执行率94.49%。其中基本支出……"), kept in the lexicon's reportWords with the importer's figure terms. Only stated
/// figures are written; nothing is filled in, and with no figures there is no paragraph.
/// </summary>
internal static class FundsSentences
{
    public static IReadOnlyList<string> Write(Evaluation evaluation, DocumentNumbers numbers)
    {
        var f = evaluation.Figures;
        var paragraphs = new List<string>(4);
        if (Totals(evaluation, numbers) is { } totals)
            paragraphs.Add(totals + ByNature(evaluation, numbers));
        if (BudgetByNature(f.Budget, numbers) is { } budgets)
            paragraphs.Add(budgets);
        if (BySource(f, numbers) is { } sources)
            paragraphs.Add(sources);
        if (ThreePublic(evaluation, numbers) is { } threePublic)
            paragraphs.Add(threePublic);
        return paragraphs;
    }

    private static string? Totals(Evaluation evaluation, DocumentNumbers numbers)
    {
        var f = evaluation.Figures;
        var parts = new List<string>(8);
        Add(parts, W("initial"), f.Budget.Initial, numbers);
        Add(parts, W("adjustment"), f.Budget.Adjustment, numbers);
        Add(parts, W("total"), f.Budget.Total, numbers);
        Add(parts, W("fundsReceived"), f.FundsReceived, numbers);
        Add(parts, W("carryover"), f.CarryoverFromLastYear, numbers);
        Add(parts, W(f.Budget.Total is null ? "spentWithoutBudget" : "spent"), f.Spent.Total, numbers);
        if (Rates.Execution.Compute(evaluation) is { } execution)
            parts.Add(W("executionRate") + numbers.Rate(execution));
        else if (Rates.Completion.Compute(evaluation) is { } completion)
            parts.Add(W("completionRate") + numbers.Rate(completion));
        if (Rates.Adjustment.Compute(evaluation) is { } adjustment)
            parts.Add(W("adjustmentRate") + numbers.Rate(adjustment));
        Add(parts, W("yearEndBalance"), f.YearEndBalance, numbers);
        return parts.Count == 0 ? null : $"{evaluation.Year.ToString(CultureInfo.InvariantCulture)}年度{string.Join("，", parts)}。";
    }

    private static string ByNature(Evaluation evaluation, DocumentNumbers numbers)
    {
        var spent = evaluation.Figures.Spent;
        var parts = new List<string>(2);
        if (spent.Basic is { } basic)
            parts.Add(WithRate($"{W("basic")}{numbers.Amount(basic)}万元", Rates.BasicExecution.Compute(evaluation), numbers));
        if (spent.Project is { } project)
            parts.Add(WithRate($"{W("project")}{numbers.Amount(project)}万元", Rates.ProjectExecution.Compute(evaluation), numbers));
        return parts.Count == 0 ? "" : $"其中{string.Join("，", parts)}。";
    }

    private static string WithRate(string text, RateValue? rate, DocumentNumbers numbers) => rate is { } r ? $"{text}，{W("rate")}{numbers.Rate(r)}" : text;

    private static string? BudgetByNature(Budget budget, DocumentNumbers numbers)
    {
        var parts = new List<string>(2);
        Add(parts, W("basicBudget"), budget.Basic, numbers);
        Add(parts, W("projectBudget"), budget.Project, numbers);
        return parts.Count == 0 ? null : $"{W("total")}中，{string.Join("，", parts)}。";
    }

    private static string? BySource(Figures figures, DocumentNumbers numbers)
    {
        var sentences = new List<string>(2);
        if (!figures.BudgetBySource.IsEmpty)
            sentences.Add($"按资金来源分的预算数：{string.Join("，", Sources(figures.BudgetBySource, "", numbers))}");
        if (!figures.SpentBySource.IsEmpty)
            sentences.Add($"按资金来源分，{string.Join("，", Sources(figures.SpentBySource, "支出", numbers))}");
        return sentences.Count == 0 ? null : string.Join("。", sentences) + "。";
    }

    private static List<string> Sources(BySource source, string suffix, DocumentNumbers numbers)
    {
        var parts = new List<string>(4);
        Add(parts, W("generalPublic") + suffix, source.GeneralPublic, numbers);
        Add(parts, W("governmentFund") + suffix, source.GovernmentFund, numbers);
        Add(parts, W("stateCapital") + suffix, source.StateCapital, numbers);
        Add(parts, W("otherFunds") + suffix, source.Other, numbers);
        return parts;
    }

    private static string? ThreePublic(Evaluation evaluation, DocumentNumbers numbers)
    {
        var t = evaluation.Figures.ThreePublic;
        if (t.Spent is null && t.Budget is null && !t.HasParts)
            return null;
        var head = new List<string>(3);
        Add(head, W("threePublicBudget"), t.Budget, numbers);
        Add(head, W("threePublicSpent"), t.Spent, numbers);
        if (Rates.ThreePublicControl.Compute(evaluation) is { } control)
            head.Add(W("control") + numbers.Rate(control));
        var parts = new List<string>(4);
        Add(parts, W("abroad"), t.Abroad, numbers);
        Add(parts, W("vehiclePurchase"), t.VehiclePurchase, numbers);
        Add(parts, W("vehicleOperation"), t.VehicleOperation, numbers);
        Add(parts, W("reception"), t.Reception, numbers);
        var text = string.Join("，", head);
        if (parts.Count > 0)
            text = text.Length == 0 ? $"“三公”经费中，{string.Join("，", parts)}" : $"{text}，其中{string.Join("，", parts)}";
        return text + "。";
    }

    /// <summary>The word the report writes a figure with (lexicon.yaml, reportWords).</summary>
    private static string W(string name) => Lexicon.Default.ReportWord(name);

    private static void Add(List<string> parts, string name, decimal? amount, DocumentNumbers numbers)
    {
        if (amount is { } a)
            parts.Add($"{name}{numbers.Amount(a)}万元");
    }
}
