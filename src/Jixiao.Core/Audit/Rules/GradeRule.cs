using Jixiao.Core.Scoring;

namespace Jixiao.Core.Audit.Rules;

/// <summary>The stated grade must be the band the stated score falls in.</summary>
internal sealed class GradeRule : AuditRule
{
    public override string Id => "JX-R10";

    public override string Kind => FindingKinds.GradeMismatch;

    public override Severity Severity => Severity.Error;

    public override string Description => "评级须与自评得分所在的等级区间一致（优 ≥ 90，良 80–90，中 60–80，差 < 60，以方案为准）";

    internal override void Check(AuditContext context, List<Finding> findings)
    {
        var stated = context.Evaluation.Stated;
        if (stated.Score is not { } score || stated.Grade is not { } grade)
            return;
        var expected = context.Scheme.GradeFor(score);
        if (expected != grade)
        {
            findings.Add(Raise($"自评得分 {score} 分应评为“{expected.ToChinese()}”，文中评级为“{grade.ToChinese()}”", "grade", score));
        }
    }
}
