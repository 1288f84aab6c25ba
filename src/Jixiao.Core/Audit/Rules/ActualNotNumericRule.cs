namespace Jixiao.Core.Audit.Rules;

/// <summary>A numeric target reported with words only ("完成") gives the reviewer nothing to compare.</summary>
internal sealed class ActualNotNumericRule : AuditRule
{
    public override string Id => "JX-R20";

    public override string Kind => FindingKinds.ActualNotNumeric;

    public override Severity Severity => Severity.Info;

    public override string Description => "数值型目标的实际完成值应写明数值，而非仅写“完成”";

    internal override void Check(AuditContext context, List<Finding> findings)
    {
        foreach (var indicator in context.Evaluation.Indicators)
        {
            if (!indicator.Target.IsQuantitative || indicator.Actual is null)
                continue;
            if (indicator.ActualValue is null)
                findings.Add(Raise($"指标“{indicator.Name}”目标为 {indicator.Target.Text}，实际完成值只写了“{indicator.Actual.Text}”，没有数值", "indicator:" + indicator.Name) with { Quote = indicator.Actual.Text });
        }
    }
}
