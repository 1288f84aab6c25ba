using Jixiao.Core.Indicators;

namespace Jixiao.Core.Audit.Rules;

/// <summary>A target written as a direction only ("提升", "加强") with no number or baseline cannot be measured.</summary>
internal sealed class TargetMeasurableRule : AuditRule
{
    public override string Id => "JX-R17";

    public override string Kind => FindingKinds.TargetUnmeasurable;

    public override Severity Severity => Severity.Warning;

    public override string Description => "指标目标值须可衡量：只写“提升”“加强”等而无数值或基数的目标无法考核";

    private static readonly string[] Vague = ["提升", "提高", "加强", "增强", "改善", "有所", "进一步", "明显", "较好", "有效"];

    internal override void Check(AuditContext context, List<Finding> findings)
    {
        foreach (var indicator in context.Evaluation.Indicators)
        {
            var target = indicator.Target;
            if (target.Direction != Direction.Qualitative || !Vague.Any(w => target.Text.Contains(w, StringComparison.Ordinal)))
                continue;
            findings.Add(Raise($"指标“{indicator.Name}”的目标值“{target.Text}”没有数值或基数，无法衡量", "indicator:" + indicator.Name) with { Quote = target.Text });
        }
    }
}
