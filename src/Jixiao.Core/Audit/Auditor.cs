using System.Text;
using Jixiao.Core.Audit.Rules;
using Jixiao.Core.Evaluations;
using Jixiao.Core.Rates;
using Jixiao.Core.Schemes;
using Jixiao.Core.Scoring;

namespace Jixiao.Core.Audit;

/// <summary>Rates, scores and audits one evaluation: the single entry the CLI, the web app and the importer call.</summary>
public static class Auditor
{
    /// <summary>Every check, in the order findings are listed.</summary>
    public static IReadOnlyList<AuditRule> Rules { get; } =
    [
        new StatedRateRule(),
        new TaskRateRule(),
        new SumRule("JX-R03", "年初预算数 + 预算调整数须等于全年预算数", "全年预算数", "budget.total",
            f => f.Budget.Total, f => [("年初预算数", f.Budget.Initial), ("预算调整数", f.Budget.Adjustment)], 2),
        new SumRule("JX-R04", "基本支出 + 项目支出须等于执行数", "执行数", "spent.total",
            f => f.Spent.Total, f => [("基本支出", f.Spent.Basic), ("项目支出", f.Spent.Project)], 2),
        new SumRule("JX-R05", "按资金来源分的支出之和须等于执行数", "执行数", "spent.total",
            f => f.Spent.Total, f => [("一般公共预算", f.SpentBySource.GeneralPublic), ("政府性基金预算", f.SpentBySource.GovernmentFund), ("国有资本经营预算", f.SpentBySource.StateCapital), ("其他资金", f.SpentBySource.Other)], 2),
        new SumRule("JX-R06", "基本支出预算 + 项目支出预算须等于全年预算数", "全年预算数", "budget.total",
            f => f.Budget.Total, f => [("基本支出预算", f.Budget.Basic), ("项目支出预算", f.Budget.Project)], 2),
        new SumRule("JX-R07", "“三公”经费各项之和须等于“三公”经费支出", "“三公”经费支出", "threePublic.spent",
            f => f.ThreePublic.Spent, f => [("因公出国(境)费", f.ThreePublic.Abroad), ("公务用车购置费", f.ThreePublic.VehiclePurchase), ("公务用车运行维护费", f.ThreePublic.VehicleOperation), ("公务接待费", f.ThreePublic.Reception)], 4),
        new SumRule("JX-R08", "编制内人员 + 政府雇员 + 公益性岗位须等于在职人员总数", "在职人员总数", "staff.total",
            f => f.Staff.Total, f => [("编制内", f.Staff.WithinQuota), ("政府雇员", f.Staff.Employees), ("公益性岗位", f.Staff.PublicWelfarePosts)], 3),
        new SumRule("JX-R09", "实际到位资金 + 上年结转须等于执行数 + 本年结转结余", "执行数与本年结余之和", "fundsReceived",
            f => f.Spent.Total + f.YearEndBalance, f => [("实际到位资金", f.FundsReceived), ("上年结转", f.CarryoverFromLastYear)], 2),
        new GradeRule(),
        new ScoreWithinWeightRule(),
        new ScoresSumRule(),
        new RecomputedScoreRule(),
        new InvertedFormulaRule(),
        new RequiredFiguresRule(),
        new RequiredSectionsRule(),
        new TargetMeasurableRule(),
        new FullScoreMissedTargetRule(),
        new WeightSumRule(),
        new ActualNotNumericRule(),
        new OverBudgetRule(),
        new LargeAdjustmentRule(),
    ];

    /// <summary>Computes every rate, scores under the scheme and runs every rule.</summary>
    public static AuditResult Run(Evaluation evaluation, Scheme scheme)
    {
        var rates = new RateCache(evaluation);
        var card = ScoringEngine.Score(new ScoringContext(evaluation, scheme, rates));
        var context = new AuditContext(evaluation, scheme, card, rates);
        var findings = new List<Finding>(16);
        foreach (var rule in Rules)
            rule.Check(context, findings);
        var computed = new List<(Rate, RateValue)>(Rates.Rates.All.Count);
        foreach (var rate in Rates.Rates.All)
        {
            if (rates.Get(rate) is { } value)
                computed.Add((rate, value));
        }
        return new AuditResult(evaluation, card, computed, findings);
    }

    /// <summary>docs/rules.md: one row per rule, generated so the document never drifts from the code.</summary>
    public static string RulesMarkdown()
    {
        var sb = new StringBuilder();
        sb.Append("# 审核规则 (audit rules)\n\n");
        sb.Append("Generated from `Jixiao.Core.Audit.Auditor.Rules` by `jixiao rules --markdown`; a test keeps it current.\n\n");
        sb.Append("| id | kind | severity | 说明 |\n|---|---|---|---|\n");
        foreach (var rule in Rules)
            sb.Append($"| {rule.Id} | {rule.Kind} | {rule.Severity.ToKey()} | {rule.Description} |\n");
        return sb.ToString();
    }
}

/// <summary>An evaluation's computed rates, its score card and its findings.</summary>
public sealed record AuditResult(
    Evaluation Evaluation,
    ScoreCard Card,
    IReadOnlyList<(Rate Rate, RateValue Value)> Rates,
    IReadOnlyList<Finding> Findings);
