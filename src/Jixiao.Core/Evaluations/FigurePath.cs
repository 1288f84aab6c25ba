namespace Jixiao.Core.Evaluations;

/// <summary>
/// The names schemes use for figures a document must state (budget.total, selfScore …), with their Chinese
/// names. One table, so a scheme file and a finding name a figure the same way.
/// </summary>
public static class FigurePath
{
    private static readonly Dictionary<string, (string Chinese, Func<Evaluation, bool> IsStated)> Known = new(StringComparer.Ordinal)
    {
        ["budget.initial"] = ("年初预算数", e => e.Figures.Budget.Initial is not null),
        ["budget.adjustment"] = ("预算调整数", e => e.Figures.Budget.Adjustment is not null),
        ["budget.total"] = ("全年预算数", e => e.Figures.Budget.Total is not null),
        ["budget.basic"] = ("基本支出预算数", e => e.Figures.Budget.Basic is not null),
        ["budget.project"] = ("项目支出预算数", e => e.Figures.Budget.Project is not null),
        ["spent.total"] = ("执行数", e => e.Figures.Spent.Total is not null),
        ["spent.basic"] = ("基本支出执行数", e => e.Figures.Spent.Basic is not null),
        ["spent.project"] = ("项目支出执行数", e => e.Figures.Spent.Project is not null),
        ["fundsReceived"] = ("实际到位资金", e => e.Figures.FundsReceived is not null),
        ["carryoverFromLastYear"] = ("上年结转结余", e => e.Figures.CarryoverFromLastYear is not null),
        ["yearEndBalance"] = ("本年结转结余", e => e.Figures.YearEndBalance is not null),
        ["threePublic.spent"] = ("“三公”经费支出", e => e.Figures.ThreePublic.Spent is not null),
        ["threePublic.budget"] = ("“三公”经费预算", e => e.Figures.ThreePublic.Budget is not null),
        ["executionRate"] = ("预算执行率", e => e.Stated.Rates.ContainsKey("execution") || e.Stated.Rates.ContainsKey("completion")),
        ["selfScore"] = ("自评得分", e => e.Stated.Score is not null),
        ["grade"] = ("评级", e => e.Stated.Grade is not null),
        ["indicators"] = ("绩效指标", e => e.Indicators.Count > 0 || e.IndicatorSummary is not null),
        ["annualGoal"] = ("年度总体目标", e => !string.IsNullOrWhiteSpace(e.AnnualGoal)),
    };

    public static IEnumerable<string> All => Known.Keys;

    public static bool IsKnown(string path) => Known.ContainsKey(path);

    public static string ChineseName(string path) => Known.TryGetValue(path, out var f) ? f.Chinese : path;

    public static bool IsStated(Evaluation evaluation, string path) => Known.TryGetValue(path, out var f) && f.IsStated(evaluation);
}
