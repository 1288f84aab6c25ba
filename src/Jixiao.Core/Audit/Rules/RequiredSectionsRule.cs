namespace Jixiao.Core.Audit.Rules;

/// <summary>Every required section of the region's outline must be present, when the narrative is known at all.</summary>
internal sealed class RequiredSectionsRule : AuditRule
{
    public override string Id => "JX-R16";

    public override string Kind => FindingKinds.MissingRequired;

    public override Severity Severity => Severity.Warning;

    public override string Description => "报告须包含地区大纲要求的各个章节";

    internal override void Check(AuditContext context, List<Finding> findings)
    {
        var narrative = context.Evaluation.Narrative;
        if (narrative.Count == 0)
            return; // a table, or a model entered without narrative: nothing to compare
        foreach (var section in context.Scheme.Outline.Sections)
        {
            if (section.Required && !narrative.ContainsKey(section.Id) && !section.Children.Any(c => narrative.ContainsKey(c.Id)))
                findings.Add(Raise($"缺少大纲要求的章节“{section.Title}”", "section:" + section.Id));
        }
    }
}
