namespace Jixiao.Core.Audit.Rules;

/// <summary>
/// An indicator named as one of the scheme's fixed leaves but weighted otherwise: the document follows another
/// version of the scheme. Its score is checked against its own stated weight (JX-R11); this only tells the reviewer.
/// </summary>
internal sealed class SchemeWeightRule : AuditRule
{
    public override string Id => "JX-R30";

    public override string Kind => FindingKinds.SchemeWeightDiffers;

    public override Severity Severity => Severity.Info;

    public override string Description => "指标写明的分值与评分方案中同名指标的分值不同（文件可能采用了另一版评分方案）";

    internal override void Check(AuditContext context, List<Finding> findings)
    {
        var leaves = context.Scheme.AllNodes().Where(n => !n.IsGroup).ToList();
        foreach (var indicator in context.Evaluation.Indicators)
        {
            if (indicator.Weight is not { } weight)
                continue;
            var key = Key(indicator.Name);
            if (leaves.FirstOrDefault(n => Key(n.Name) == key) is { } leaf && leaf.Weight != weight)
                findings.Add(Raise($"指标“{indicator.Name}”写明分值 {weight}，评分方案“{context.Scheme.Name}”中为 {leaf.Weight} 分", "indicator:" + indicator.Name, weight, leaf.Weight));
        }
    }

    /// <summary>A name as compared: no spaces, quotation marks or brackets.</summary>
    private static string Key(string name) =>
        string.Concat(name.Where(c => !char.IsWhiteSpace(c) && c is not ('“' or '”' or '"' or '（' or '）' or '(' or ')')));
}
