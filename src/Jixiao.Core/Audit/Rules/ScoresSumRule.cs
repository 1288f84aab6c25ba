using Jixiao.Core.Scoring.Rules;

namespace Jixiao.Core.Audit.Rules;

/// <summary>
/// When every scored line states its score, they must add up to the stated total. The lines are the scheme's
/// leaves: fixed leaves by their assessment, slots by the department's indicators placed under them.
/// </summary>
internal sealed class ScoresSumRule : AuditRule
{
    public override string Id => "JX-R12";

    public override string Kind => FindingKinds.ScoreOverWeight;

    public override Severity Severity => Severity.Error;

    public override string Description => "各项指标得分之和须等于写明的自评总分";

    internal override void Check(AuditContext context, List<Finding> findings)
    {
        var evaluation = context.Evaluation;
        if (evaluation.Stated.Score is not { } stated)
            return;
        var parts = new List<decimal>();
        foreach (var node in context.Scheme.AllNodes())
        {
            if (node.IsGroup)
                continue;
            if (node.Rule is DepartmentIndicatorsRule && !evaluation.Assessments.ContainsKey(node.Id))
                continue; // its indicators are summed below
            if (!evaluation.Assessments.TryGetValue(node.Id, out var a) || a.StatedScore is not { } s)
                return;
            parts.Add(s);
        }
        var slotsAssessed = false;
        foreach (var node in context.Scheme.AllNodes())
            slotsAssessed |= node.Rule is DepartmentIndicatorsRule && evaluation.Assessments.ContainsKey(node.Id);
        if (!slotsAssessed)
        {
            if (evaluation.Indicators.Count == 0)
                return;
            foreach (var indicator in evaluation.Indicators)
            {
                if (indicator.StatedScore is not { } s)
                    return;
                parts.Add(s);
            }
        }
        if (parts.Count == 0 || Tolerance.SumAgrees(stated, parts.ToArray()))
            return;
        var sum = parts.Sum();
        findings.Add(Raise($"{parts.Count} 项指标得分合计 {StatedRateRule.Fmt(sum)}，与写明的总分 {stated} 不符", "selfScore", stated, sum));
    }
}
