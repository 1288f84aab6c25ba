namespace Jixiao.Core.Audit.Rules;

/// <summary>Each key task's stated 执行率 against its own budget and spending.</summary>
internal sealed class TaskRateRule : AuditRule
{
    public override string Id => "JX-R02";

    public override string Kind => FindingKinds.RateMismatch;

    public override Severity Severity => Severity.Error;

    public override string Description => "重点任务写明的执行率须等于该任务支出数 ÷ 预算数";

    internal override void Check(AuditContext context, List<Finding> findings)
    {
        foreach (var task in context.Evaluation.Tasks)
        {
            if (task.StatedRate is not { } stated || task.ExecutionRate is not { } rate || Tolerance.RateAgrees(stated, rate.Percent))
                continue;
            var computed = rate.Rounded(Math.Max((int)stated.Scale, 2));
            findings.Add(Raise($"重点任务“{task.Name}”执行率写作 {stated}%，按 {StatedRateRule.Fmt(rate.Numerator)} ÷ {StatedRateRule.Fmt(rate.Denominator)} 计算为 {computed}%",
                "task:" + task.Name, stated, computed));
        }
    }
}
