namespace Jixiao.Core.Audit.Rules;

/// <summary>The department's total against the one the engine recomputes under the scheme (the finance bureau's 复核).</summary>
internal sealed class RecomputedScoreRule : AuditRule
{
    public override string Id => "JX-R13";

    public override string Kind => FindingKinds.ScoreMismatch;

    public override Severity Severity => Severity.Warning;

    public override string Description => "自评得分须与按评分方案复核的得分一致";

    internal override void Check(AuditContext context, List<Finding> findings)
    {
        if (context.Evaluation.Stated.Score is not { } stated || context.Card.Total is not { } computed)
            return;
        if (Math.Abs(computed - stated) < Math.Max(Tolerance.HalfUnit(stated.Scale), 0.005m))
            return;
        findings.Add(Raise($"自评得分 {stated} 分，按“{context.Scheme.Name}”复核为 {StatedRateRule.Fmt(computed)} 分", "selfScore", stated, computed));
    }
}
