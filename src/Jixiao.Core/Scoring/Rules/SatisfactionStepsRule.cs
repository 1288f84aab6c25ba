namespace Jixiao.Core.Scoring.Rules;

/// <summary>satisfaction-steps: full weight at or above <see cref="Full"/> percent, −<see cref="Deduct"/> per <see cref="Step"/> points below.</summary>
public sealed class SatisfactionStepsRule(string rateId, decimal full, decimal step, decimal deduct) : RateRule(rateId)
{
    public const string RuleName = "satisfaction-steps";

    public decimal Full { get; } = full;

    public decimal Step { get; } = step;

    public decimal Deduct { get; } = deduct;

    public override string Name => RuleName;

    internal override LeafScore Score(Schemes.SchemeNode node, ScoringContext context)
    {
        if (!TryRead(node, context, out var percent, out var inputs, out var missing))
            return LeafScore.Lacking(Name, missing, inputs);
        var steps = percent >= Full ? 0m : Math.Ceiling((Full - percent) / Step);
        var reason = steps > 0m ? $"满意度低于 {Provenance.Format(Full)}%，{steps} 档各扣 {Provenance.Format(Deduct)} 分" : null;
        return LeafScore.Scored(node.Weight, node.Weight - steps * Deduct, Name, inputs, reason);
    }
}
