using Jixiao.Core.Scoring.Rules;

namespace Jixiao.Core.Audit.Rules;

/// <summary>The weights of the department's indicators must fill the points the scheme gives them (e.g. 90).</summary>
internal sealed class WeightSumRule : AuditRule
{
    public override string Id => "JX-R19";

    public override string Kind => FindingKinds.WeightMismatch;

    public override Severity Severity => Severity.Warning;

    public override string Description => "部门绩效指标的分值之和须等于评分方案给这些指标的分值（如 90 分）";

    internal override void Check(AuditContext context, List<Finding> findings)
    {
        var indicators = context.Evaluation.Indicators;
        if (indicators.Count == 0 || indicators.Any(i => i.Weight is null))
            return;
        var slotWeight = 0m;
        foreach (var node in context.Scheme.AllNodes())
        {
            if (node.Rule is DepartmentIndicatorsRule)
                slotWeight += node.Weight;
        }
        var sum = indicators.Sum(i => i.Weight!.Value);
        if (slotWeight > 0m && sum != slotWeight)
            findings.Add(Raise($"{indicators.Count} 项绩效指标分值合计 {StatedRateRule.Fmt(sum)}，评分方案规定为 {StatedRateRule.Fmt(slotWeight)}", "indicators", slotWeight, sum));
    }
}
