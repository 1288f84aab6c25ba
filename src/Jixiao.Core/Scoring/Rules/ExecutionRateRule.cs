namespace Jixiao.Core.Scoring.Rules;

/// <summary>execution-rate: weight × min(rate, 100%) — the national 预算执行率 10 points.</summary>
public sealed class ExecutionRateRule(string rateId) : RateRule(rateId)
{
    public const string RuleName = "execution-rate";

    public override string Name => RuleName;

    internal override LeafScore Score(Schemes.SchemeNode node, ScoringContext context)
    {
        if (!TryRead(node, context, out var percent, out var inputs, out var missing))
            return LeafScore.Lacking(Name, missing, inputs);
        var fraction = Math.Min(percent / 100m, 1m);
        var reason = fraction < 1m ? $"执行率 {Provenance.Format(Math.Round(percent, 2, MidpointRounding.AwayFromZero))}% 未达 100%" : null;
        return LeafScore.Scored(node.Weight, node.Weight * fraction, Name, inputs, reason);
    }
}
