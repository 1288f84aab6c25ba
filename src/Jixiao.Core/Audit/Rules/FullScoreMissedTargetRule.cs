using Jixiao.Core.Indicators;

namespace Jixiao.Core.Audit.Rules;

/// <summary>Full marks for an indicator whose number misses its target.</summary>
internal sealed class FullScoreMissedTargetRule : AuditRule
{
    public override string Id => "JX-R18";

    public override string Kind => FindingKinds.FullScoreMissedTarget;

    public override Severity Severity => Severity.Warning;

    public override string Description => "实际值未达目标值的指标不应得满分";

    internal override void Check(AuditContext context, List<Finding> findings)
    {
        foreach (var indicator in context.Evaluation.Indicators)
        {
            if (indicator.StatedScore is not { } score || indicator.Weight is not { } weight || score < weight)
                continue;
            var target = indicator.Target;
            if (target.Value is not { } t || indicator.ActualValue is not { } a)
                continue;
            var missed = target.Direction switch
            {
                Direction.AtLeast => a < t,
                Direction.AtMost => a > t,
                Direction.Exactly => a != t,
                _ => false,
            };
            if (missed)
                findings.Add(Raise($"指标“{indicator.Name}”实际 {indicator.Actual!.Text} 未达目标 {target.Text}，却得满分 {score}", "indicator:" + indicator.Name, score));
        }
    }
}
