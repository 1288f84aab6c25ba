namespace Jixiao.Core.Audit.Rules;

/// <summary>An indicator listed twice under the same 一级 and 二级 is scored twice: one of the rows is a copy.</summary>
internal sealed class DuplicateIndicatorRule : AuditRule
{
    public override string Id => "JX-R24";

    public override string Kind => FindingKinds.DuplicateIndicator;

    public override Severity Severity => Severity.Error;

    public override string Description => "同一一级、二级指标下的三级指标不得重复列出（否则重复计分）";

    internal override void Check(AuditContext context, List<Finding> findings)
    {
        var groups = context.Evaluation.Indicators
            .GroupBy(i => (i.Level1.Trim(), i.Level2.Trim(), i.Name.Trim()))
            .Where(g => g.Count() > 1);
        foreach (var group in groups)
        {
            var name = group.Key.Item3;
            var places = string.Join("、", group.Select(i => i.Place).OfType<string>());
            var where = places.Length > 0 ? $"（{places}）" : "";
            findings.Add(Raise($"绩效指标“{name}”重复列出 {group.Count()} 次{where}，会被重复计分；请删去重复的一行", "indicator:" + name));
        }
    }
}
