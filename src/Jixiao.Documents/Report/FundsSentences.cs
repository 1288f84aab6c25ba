using System.Globalization;
using Jixiao.Core.Evaluations;
using Jixiao.Core.Figures;
using Jixiao.Core.Rates;

namespace Jixiao.Documents.Report;

/// <summary>
/// The figures paragraphs of the 收支情况 section when the department wrote none, from the evaluation's figures and
/// the rates of <see cref="Rates"/>, in the words the seed reports use ("全年预算数6,612.30万元，执行数6,247.80万元，
/// 预算执行率94.49%。其中基本支出……"). Only stated figures are written; nothing is filled in, and with no figures
/// there is no paragraph.
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
        Add(parts, "年初预算数", f.Budget.Initial, numbers);
        Add(parts, "预算调整数", f.Budget.Adjustment, numbers);
        Add(parts, "全年预算数", f.Budget.Total, numbers);
        Add(parts, "全年实际到位资金", f.FundsReceived, numbers);
        Add(parts, "上年结转结余", f.CarryoverFromLastYear, numbers);
        Add(parts, f.Budget.Total is null ? "实际支出数" : "执行数", f.Spent.Total, numbers);
        if (Rates.Execution.Compute(evaluation) is { } execution)
            parts.Add($"预算执行率{numbers.Rate(execution)}");
        else if (Rates.Completion.Compute(evaluation) is { } completion)
            parts.Add($"预算完成率{numbers.Rate(completion)}");
        if (Rates.Adjustment.Compute(evaluation) is { } adjustment)
            parts.Add($"预算调整率{numbers.Rate(adjustment)}");
        Add(parts, "本年结转结余", f.YearEndBalance, numbers);
        return parts.Count == 0 ? null : $"{evaluation.Year.ToString(CultureInfo.InvariantCulture)}年度{string.Join("，", parts)}。";
    }

    private static string ByNature(Evaluation evaluation, DocumentNumbers numbers)
    {
        var spent = evaluation.Figures.Spent;
        var parts = new List<string>(2);
        if (spent.Basic is { } basic)
            parts.Add(WithRate($"基本支出{numbers.Amount(basic)}万元", Rates.BasicExecution.Compute(evaluation), numbers));
        if (spent.Project is { } project)
            parts.Add(WithRate($"项目支出{numbers.Amount(project)}万元", Rates.ProjectExecution.Compute(evaluation), numbers));
        return parts.Count == 0 ? "" : $"其中{string.Join("，", parts)}。";
    }

    private static string WithRate(string text, RateValue? rate, DocumentNumbers numbers) => rate is { } r ? $"{text}，执行率{numbers.Rate(r)}" : text;

    private static string? BudgetByNature(Budget budget, DocumentNumbers numbers)
    {
        var parts = new List<string>(2);
        Add(parts, "基本支出预算", budget.Basic, numbers);
        Add(parts, "项目支出预算", budget.Project, numbers);
        return parts.Count == 0 ? null : $"全年预算数中，{string.Join("，", parts)}。";
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
        Add(parts, "一般公共预算" + suffix, source.GeneralPublic, numbers);
        Add(parts, "政府性基金预算" + suffix, source.GovernmentFund, numbers);
        Add(parts, "国有资本经营预算" + suffix, source.StateCapital, numbers);
        Add(parts, "其他资金" + suffix, source.Other, numbers);
        return parts;
    }

    private static string? ThreePublic(Evaluation evaluation, DocumentNumbers numbers)
    {
        var t = evaluation.Figures.ThreePublic;
        if (t.Spent is null && t.Budget is null && !t.HasParts)
            return null;
        var head = new List<string>(3);
        Add(head, "“三公”经费预算", t.Budget, numbers);
        Add(head, "“三公”经费支出", t.Spent, numbers);
        if (Rates.ThreePublicControl.Compute(evaluation) is { } control)
            head.Add($"控制率{numbers.Rate(control)}");
        var parts = new List<string>(4);
        Add(parts, "因公出国（境）费", t.Abroad, numbers);
        Add(parts, "公务用车购置费", t.VehiclePurchase, numbers);
        Add(parts, "公务用车运行维护费", t.VehicleOperation, numbers);
        Add(parts, "公务接待费", t.Reception, numbers);
        var text = string.Join("，", head);
        if (parts.Count > 0)
            text = text.Length == 0 ? $"“三公”经费中，{string.Join("，", parts)}" : $"{text}，其中{string.Join("，", parts)}";
        return text + "。";
    }

    private static void Add(List<string> parts, string name, decimal? amount, DocumentNumbers numbers)
    {
        if (amount is { } a)
            parts.Add($"{name}{numbers.Amount(a)}万元");
    }
}
