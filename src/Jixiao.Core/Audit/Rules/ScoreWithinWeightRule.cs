namespace Jixiao.Core.Audit.Rules;

/// <summary>No stated score may exceed its weight or fall below zero.</summary>
internal sealed class ScoreWithinWeightRule : AuditRule
{
    public override string Id => "JX-R11";

    public override string Kind => FindingKinds.ScoreOverWeight;

    public override Severity Severity => Severity.Error;

    public override string Description => "各指标得分不得超过其分值，也不得为负";

    internal override void Check(AuditContext context, List<Finding> findings)
    {
        foreach (var indicator in context.Evaluation.Indicators)
        {
            if (indicator.StatedScore is { } score && indicator.Weight is { } weight && (score > weight || score < 0m))
                findings.Add(Raise($"指标“{indicator.Name}”得分 {score} 超出其分值 {weight} 的范围", "indicator:" + indicator.Name, score, weight));
        }
        foreach (var node in context.Scheme.AllNodes())
        {
            if (context.Evaluation.Assessments.TryGetValue(node.Id, out var a) && a.StatedScore is { } s && (s > node.Weight || s < 0m))
                findings.Add(Raise($"“{node.Name}”得分 {s} 超出其分值 {node.Weight} 的范围", "node:" + node.Id, s, node.Weight));
        }
        if (context.Evaluation.Stated.Score is { } total && total > context.Scheme.TotalWeight)
            findings.Add(Raise($"自评得分 {total} 超过满分 {context.Scheme.TotalWeight}", "selfScore", total, context.Scheme.TotalWeight));
    }
}
