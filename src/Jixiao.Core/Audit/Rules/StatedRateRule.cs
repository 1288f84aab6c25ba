namespace Jixiao.Core.Audit.Rules;

/// <summary>Every rate the document states, recomputed from its figures and compared at the stated precision.</summary>
internal sealed class StatedRateRule : AuditRule
{
    public override string Id => "JX-R01";

    public override string Kind => FindingKinds.RateMismatch;

    public override Severity Severity => Severity.Error;

    public override string Description => "文中写明的各项比率（预算执行率、预算完成率、预算调整率等）须与其数据按写明的小数位四舍五入后一致";

    internal override void Check(AuditContext context, List<Finding> findings)
    {
        foreach (var (id, stated) in context.Evaluation.Stated.Rates)
        {
            var rate = Rates.Rates.Find(id);
            if (rate is null || context.Rate(rate) is not { } value || Tolerance.RateAgrees(stated, value.Percent))
                continue;
            var computed = value.Rounded(Math.Max((int)stated.Scale, 2));
            findings.Add(Raise(
                $"{rate.ChineseName}写作 {stated}%，按 {rate.Formula} 计算为 {Fmt(value.Numerator)} ÷ {Fmt(value.Denominator)} = {computed}%",
                "rates." + id, stated, computed));
        }
    }

    internal static string Fmt(decimal d) => d.ToString("0.####", System.Globalization.CultureInfo.InvariantCulture);
}
