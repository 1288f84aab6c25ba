namespace Jixiao.Core.Audit.Rules;

/// <summary>预算调整率 above 30%, or a full-year budget above twice the initial one, needs an explanation.</summary>
internal sealed class LargeAdjustmentRule : AuditRule
{
    private const decimal Threshold = 30m;

    public override string Id => "JX-R22";

    public override string Kind => FindingKinds.LargeAdjustment;

    public override Severity Severity => Severity.Info;

    public override string Description => "预算调整率超过 30% 或全年预算超过年初预算两倍时须说明原因";

    internal override void Check(AuditContext context, List<Finding> findings)
    {
        if (context.Rate(Rates.Rates.Adjustment) is { } rate && Math.Abs(rate.Percent) > Threshold)
        {
            var percent = rate.Rounded(2);
            findings.Add(Raise($"预算调整率 {percent}% 超过 {Threshold}%，应说明调整原因", "rates.adjustment", null, percent));
        }
        else if (context.Figures.Budget is { Initial: { } initial, Total: { } total } && initial > 0m && total > 2m * initial)
        {
            findings.Add(Raise($"全年预算数 {total} 万元超过年初预算数 {initial} 万元的两倍，应说明原因", "budget.total", total, initial));
        }
    }
}
