namespace Jixiao.Core.Scoring.Rules;

/// <summary>
/// proportional: ≥ target: weight × min(actual / target, 1); ≤ target: weight × min(target / actual, 1).
/// On a rate leaf the target is a percentage (default 100).
/// </summary>
public sealed class ProportionalRule(string rateId, decimal target, bool atMost) : RateRule(rateId)
{
    public const string RuleName = "proportional";

    public decimal Target { get; } = target;

    public bool AtMost { get; } = atMost;

    public override string Name => RuleName;

    internal override LeafScore Score(Schemes.SchemeNode node, ScoringContext context)
    {
        if (!TryRead(node, context, out var percent, out var inputs, out var missing))
            return LeafScore.Lacking(Name, missing, inputs);
        var fraction = Fraction(percent, Target, AtMost);
        var reason = fraction < 1m ? $"实际 {Provenance.Format(Math.Round(percent, 2, MidpointRounding.AwayFromZero))}% 未达目标 {(AtMost ? "≤" : "≥")}{Provenance.Format(Target)}%" : null;
        return LeafScore.Scored(node.Weight, node.Weight * fraction, Name, inputs, reason);
    }

    /// <summary>The share of the weight earned: the one formula for every proportional score.</summary>
    internal static decimal Fraction(decimal actual, decimal target, bool atMost)
    {
        if (atMost)
            return actual <= target ? 1m : actual == 0m ? 0m : Math.Max(0m, target / actual);
        if (actual >= target)
            return 1m;
        return target == 0m ? 1m : Math.Max(0m, actual / target);
    }
}
