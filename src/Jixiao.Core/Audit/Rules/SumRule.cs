namespace Jixiao.Core.Audit.Rules;

/// <summary>
/// Parts that must add up to a stated total (年初 + 调整 = 全年; 基本 + 项目 = 执行数; by source = 执行数 …).
/// Checked only when the total and enough parts are stated to know the sum: all of them, or at least
/// <see cref="MinParts"/> when unstated parts may be taken as absent. An optional part (上年结转) may or may not be
/// counted in the total.
/// </summary>
internal sealed class SumRule(
    string id,
    string description,
    string totalName,
    string subject,
    Func<Figures.Figures, decimal?> total,
    Func<Figures.Figures, (string Name, decimal? Value)[]> parts,
    int minParts,
    Func<Figures.Figures, decimal?>? optionalPart = null) : AuditRule
{
    public override string Id => id;

    public override string Kind => FindingKinds.SumMismatch;

    public override Severity Severity => Severity.Error;

    public override string Description => description;

    public int MinParts => minParts;

    internal override void Check(AuditContext context, List<Finding> findings)
    {
        if (total(context.Figures) is not { } stated)
            return;
        var all = parts(context.Figures);
        Span<decimal> values = stackalloc decimal[all.Length];
        var n = 0;
        foreach (var (_, value) in all)
        {
            if (value is { } v)
                values[n++] = v;
        }
        if (n < Math.Min(minParts, all.Length))
            return;
        if (Tolerance.SumAgrees(stated, values[..n]))
            return;
        // A part some forms count in the total and others do not (上年结转 in 全年预算数): either way agrees.
        if (optionalPart?.Invoke(context.Figures) is { } extra)
        {
            Span<decimal> with = stackalloc decimal[n + 1];
            values[..n].CopyTo(with);
            with[n] = extra;
            if (Tolerance.SumAgrees(stated, with))
                return;
        }
        var sum = 0m;
        foreach (var v in values[..n])
            sum += v;
        var terms = string.Join(" + ", all.Where(p => p.Value is not null).Select(p => $"{p.Name} {StatedRateRule.Fmt(p.Value!.Value)}"));
        findings.Add(Raise($"{terms} = {StatedRateRule.Fmt(sum)}，与{totalName} {StatedRateRule.Fmt(stated)} 不符（相差 {StatedRateRule.Fmt(sum - stated)}）",
            subject, stated, sum));
    }
}
