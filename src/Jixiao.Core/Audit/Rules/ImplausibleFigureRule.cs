using Jixiao.Core.Evaluations;
using Jixiao.Core.Figures;

namespace Jixiao.Core.Audit.Rules;

/// <summary>
/// Figures that cannot be right: negative where they never are (only 预算调整数 may be), beyond any budget
/// (<see cref="EvaluationLimits.MaxAmount"/>), or so far apart that a rate of them cannot be computed. Each is a
/// typo (a unit, a decimal point, a minus sign), and every rate and score built on it would mislead.
/// </summary>
internal sealed class ImplausibleFigureRule : AuditRule
{
    public override string Id => "JX-R23";

    public override string Kind => FindingKinds.ImplausibleFigure;

    public override Severity Severity => Severity.Error;

    public override string Description => "金额、人数和指标分值不得为负数（预算调整数除外），不得超过 10¹² 万元；比率须能计算";

    internal override void Check(AuditContext context, List<Finding> findings)
    {
        foreach (var figure in FigureEntries.Stated(context.Figures))
            Check(figure.Name, figure.Unit, figure.Value, figure.MayBeNegative, figure.Path, findings);
        foreach (var task in context.Evaluation.Tasks)
        {
            if (task.Budget is { } budget)
                Check($"重点任务“{task.Name}”的预算数", "万元", budget, false, "task:" + task.Name, findings);
            if (task.Spent is { } spent)
                Check($"重点任务“{task.Name}”的支出数", "万元", spent, false, "task:" + task.Name, findings);
        }
        foreach (var indicator in context.Evaluation.Indicators)
        {
            if (indicator.Weight is { } weight && (weight < 0m || weight > EvaluationLimits.MaxAmount))
                findings.Add(Raise($"绩效指标“{indicator.Name}”的分值 {StatedRateRule.Fmt(weight)} 不合理", "indicator:" + indicator.Name, weight));
        }
        foreach (var rate in Rates.Rates.All)
        {
            if (context.RateOutOfRange(rate))
                findings.Add(Raise($"{rate.ChineseName}无法计算：所用数据过大或相差过于悬殊（{rate.Formula}），请检查各项金额的单位和小数点", "rates." + rate.Id));
        }
    }

    private void Check(string name, string unit, decimal value, bool mayBeNegative, string subject, List<Finding> findings)
    {
        if (value < 0m && !mayBeNegative)
            findings.Add(Raise($"{name}为负数（{StatedRateRule.Fmt(value)} {unit}），不应小于 0，请检查是否误加了负号", subject, value));
        else if (Math.Abs(value) > EvaluationLimits.MaxAmount)
            findings.Add(Raise($"{name} {StatedRateRule.Fmt(value)} {unit}超出任何预算的合理范围（上限 10¹² 万元），请检查单位和小数点", subject, value));
    }
}
