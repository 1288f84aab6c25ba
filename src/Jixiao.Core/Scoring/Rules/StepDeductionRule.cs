namespace Jixiao.Core.Scoring.Rules;

/// <summary>step-deduction: below the threshold, each whole step of points costs <see cref="Deduct"/> (Hunan 预算完成率: −2 per 5 points below 100%).</summary>
public sealed class StepDeductionRule(string rateId, decimal threshold, decimal step, decimal deduct) : RateRule(rateId)
{
    public const string RuleName = "step-deduction";

    public decimal Threshold { get; } = threshold;

    public decimal Step { get; } = step;

    public decimal Deduct { get; } = deduct;

    public override string Name => RuleName;

    internal override LeafScore Score(Schemes.SchemeNode node, ScoringContext context)
    {
        if (!TryRead(node, context, out var percent, out var inputs, out var missing))
            return LeafScore.Lacking(Name, missing, inputs);
        var steps = percent >= Threshold ? 0m : Math.Floor((Threshold - percent) / Step);
        var reason = steps > 0m ? $"低于 {Provenance.Format(Threshold)}% 满 {steps} 个 {Provenance.Format(Step)} 点档，每档扣 {Provenance.Format(Deduct)} 分" : null;
        return LeafScore.Scored(node.Weight, node.Weight - steps * Deduct, Name, inputs, reason);
    }
}
