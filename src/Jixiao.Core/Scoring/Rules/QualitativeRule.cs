namespace Jixiao.Core.Scoring.Rules;

/// <summary>qualitative: the department's judgement (达成/部分达成/未达成) earns its level's share of the weight.</summary>
public sealed class QualitativeRule(QualitativeLevels levels) : ScoringRule
{
    public const string RuleName = "qualitative";

    public QualitativeLevels Levels { get; } = levels;

    public override string Name => RuleName;

    internal override LeafScore Score(Schemes.SchemeNode node, ScoringContext context)
    {
        if (!context.Evaluation.Assessments.TryGetValue(node.Id, out var assessment) || assessment.Level is null)
            return LeafScore.Lacking(Name, $"“{node.Name}”的完成程度（达成/部分达成/未达成）", []);
        var points = Levels.Points(assessment.Level, node.Weight, assessment.StatedScore, out var reason);
        if (points is null)
            return LeafScore.Lacking(Name, $"“{node.Name}”的有效完成程度", []);
        return LeafScore.Scored(node.Weight, points.Value, Name, [new ProvenanceInput("完成程度", assessment.Level)], points < node.Weight ? reason : null);
    }
}
