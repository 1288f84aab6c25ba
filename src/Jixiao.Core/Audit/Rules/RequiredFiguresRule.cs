using Jixiao.Core.Evaluations;

namespace Jixiao.Core.Audit.Rules;

/// <summary>Figures the region's outline requires (自评得分, 评级, 全年预算数 …) must be stated.</summary>
internal sealed class RequiredFiguresRule : AuditRule
{
    public override string Id => "JX-R15";

    public override string Kind => FindingKinds.MissingRequired;

    public override Severity Severity => Severity.Warning;

    public override string Description => "地区大纲要求写明的数据（如自评得分、评级、全年预算数）不得缺失";

    internal override void Check(AuditContext context, List<Finding> findings)
    {
        var outline = context.Scheme.Outline;
        foreach (var path in outline.RequiredFigures)
            Require(context, findings, path, null);
        foreach (var section in outline.AllSections())
        {
            foreach (var path in section.Figures)
            {
                if (!outline.RequiredFigures.Contains(path))
                    Require(context, findings, path, section.Title);
            }
        }
    }

    private void Require(AuditContext context, List<Finding> findings, string path, string? section)
    {
        if (FigurePath.IsStated(context.Evaluation, path))
            return;
        var where = section is null ? "" : $"“{section}”";
        findings.Add(Raise($"{where}未写明{FigurePath.ChineseName(path)}（{context.Scheme.Name}要求）", path));
    }
}
