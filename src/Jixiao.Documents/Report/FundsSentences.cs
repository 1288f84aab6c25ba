using Jixiao.Core.Evaluations;
using Jixiao.Core.Figures;
using Jixiao.Core.Rates;

namespace Jixiao.Documents.Report;

/// <summary>
/// The figures paragraphs of the 收支情况 section, written from the evaluation's figures and the rates of
/// <see cref="Rates"/>, in the words the seed reports use ("全年预算数 6,612.3 万元，执行数 6,247.8 万元，完成预算数的
/// 94.5%。其中基本支出 …"). Only stated figures are written; nothing is filled in.
/// </summary>
internal static class FundsSentences
{
    public static IReadOnlyList<string> Write(Evaluation evaluation)
    {
        var f = evaluation.Figures;
        var paragraphs = new List<string>(4);
        if (Totals(evaluation) is { } totals)
            paragraphs.Add(totals + ByNature(evaluation));
        if (BudgetByNature(f.Budget) is { } budgets)
            paragraphs.Add(budgets);
        if (BySource(f) is { } sources)
            paragraphs.Add(sources);
        if (ThreePublic(evaluation) is { } threePublic)
            paragraphs.Add(threePublic);
        if (paragraphs.Count == 0)
            paragraphs.Add($"{evaluation.Year} 年度未填报预算数和执行数。");
        return paragraphs;
    }

    private static string? Totals(Evaluation evaluation)
    {
        var f = evaluation.Figures;
        var parts = new List<string>(8);
        Add(parts, "年初预算数", f.Budget.Initial);
        Add(parts, "预算调整数", f.Budget.Adjustment);
        Add(parts, "全年预算数", f.Budget.Total);
        Add(parts, "全年实际到位资金", f.FundsReceived);
        Add(parts, "上年结转结余", f.CarryoverFromLastYear);
        Add(parts, f.Budget.Total is null ? "实际支出数" : "执行数", f.Spent.Total);
        if (NumberText.RateOf(evaluation, Rates.Execution) is { } execution)
            parts.Add($"完成预算数的 {execution}");
        else if (NumberText.RateOf(evaluation, Rates.Completion) is { } completion)
            parts.Add($"预算完成率 {completion}");
        if (NumberText.RateOf(evaluation, Rates.Adjustment) is { } adjustment)
            parts.Add($"预算调整率 {adjustment}");
        Add(parts, "本年结转结余", f.YearEndBalance);
        return parts.Count == 0 ? null : $"{evaluation.Year} 年度{string.Join("，", parts)}。";
    }

    private static string ByNature(Evaluation evaluation)
    {
        var spent = evaluation.Figures.Spent;
        var parts = new List<string>(2);
        if (spent.Basic is { } basic)
            parts.Add(WithRate($"基本支出 {NumberText.Amount(basic)} 万元", NumberText.RateOf(evaluation, Rates.BasicExecution)));
        if (spent.Project is { } project)
            parts.Add(WithRate($"项目支出 {NumberText.Amount(project)} 万元", NumberText.RateOf(evaluation, Rates.ProjectExecution)));
        return parts.Count == 0 ? "" : $"其中{string.Join("，", parts)}。";
    }

    private static string WithRate(string text, string? rate) => rate is null ? text : $"{text}，完成预算数的 {rate}";

    private static string? BudgetByNature(Budget budget)
    {
        var parts = new List<string>(2);
        Add(parts, "基本支出预算", budget.Basic);
        Add(parts, "项目支出预算", budget.Project);
        return parts.Count == 0 ? null : $"全年预算数中，{string.Join("，", parts)}。";
    }

    private static string? BySource(Figures figures)
    {
        var sentences = new List<string>(2);
        if (!figures.BudgetBySource.IsEmpty)
            sentences.Add($"按资金来源分的预算数：{string.Join("，", Sources(figures.BudgetBySource, ""))}");
        if (!figures.SpentBySource.IsEmpty)
            sentences.Add($"按资金来源分，{string.Join("，", Sources(figures.SpentBySource, "支出"))}");
        return sentences.Count == 0 ? null : string.Join("。", sentences) + "。";
    }

    private static List<string> Sources(BySource source, string suffix)
    {
        var parts = new List<string>(4);
        Add(parts, "一般公共预算" + suffix, source.GeneralPublic);
        Add(parts, "政府性基金预算" + suffix, source.GovernmentFund);
        Add(parts, "国有资本经营预算" + suffix, source.StateCapital);
        Add(parts, "其他资金" + suffix, source.Other);
        return parts;
    }

    private static string? ThreePublic(Evaluation evaluation)
    {
        var t = evaluation.Figures.ThreePublic;
        if (t.Spent is null && t.Budget is null && !t.HasParts)
            return null;
        var head = new List<string>(3);
        Add(head, "“三公”经费预算", t.Budget);
        Add(head, "“三公”经费支出", t.Spent);
        if (NumberText.RateOf(evaluation, Rates.ThreePublicControl) is { } control)
            head.Add($"控制率 {control}");
        var parts = new List<string>(4);
        Add(parts, "因公出国(境)费", t.Abroad);
        Add(parts, "公务用车购置费", t.VehiclePurchase);
        Add(parts, "公务用车运行维护费", t.VehicleOperation);
        Add(parts, "公务接待费", t.Reception);
        var text = string.Join("，", head);
        if (parts.Count > 0)
            text = text.Length == 0 ? $"“三公”经费中，{string.Join("，", parts)}" : $"{text}，其中{string.Join("，", parts)}";
        return text + "。";
    }

    private static void Add(List<string> parts, string name, decimal? amount)
    {
        if (amount is { } a)
            parts.Add($"{name} {NumberText.Amount(a)} 万元");
    }
}
