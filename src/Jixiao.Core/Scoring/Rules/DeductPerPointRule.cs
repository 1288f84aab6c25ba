namespace Jixiao.Core.Scoring.Rules;

/// <summary>
/// deduct-per-point: full weight while the rate stays on the right side of the threshold; each percentage point
/// beyond it costs <see cref="PerPoint"/> (在职人员控制率 100%, −0.1 a point; 三公经费变动率 0, −0.5 a point).
/// </summary>
public sealed class DeductPerPointRule(string rateId, decimal threshold, decimal perPoint, bool below) : RateRule(rateId)
{
    public const string RuleName = "deduct-per-point";

    public decimal Threshold { get; } = threshold;

    public decimal PerPoint { get; } = perPoint;

    /// <summary>True when falling below the threshold is what costs points.</summary>
    public bool Below { get; } = below;

    public override string Name => RuleName;

    internal override LeafScore Score(Schemes.SchemeNode node, ScoringContext context)
    {
        if (!TryRead(node, context, out var percent, out var inputs, out var missing))
            return LeafScore.Lacking(Name, missing, inputs);
        var points = Below ? Threshold - percent : percent - Threshold;
        if (points <= 0m)
            return LeafScore.Scored(node.Weight, node.Weight, Name, inputs, null);
        var reason = $"{(Below ? "低于" : "超过")} {Provenance.Format(Threshold)}% {Provenance.Format(Math.Round(points, 2, MidpointRounding.AwayFromZero))} 个百分点，每点扣 {Provenance.Format(PerPoint)} 分";
        return LeafScore.Scored(node.Weight, node.Weight - points * PerPoint, Name, inputs, reason);
    }
}
