namespace Jixiao.Core.Scoring.Rules;

/// <summary>
/// bands: the first band whose upper bound the rate does not exceed gives the points (预算调整率 ≤5% → 3,
/// ≤15% → 1, else 0). With <see cref="Absolute"/> a cut counts like an increase.
/// </summary>
public sealed class BandsRule(string rateId, IReadOnlyList<Band> bands, bool absolute) : RateRule(rateId)
{
    public const string RuleName = "bands";

    public IReadOnlyList<Band> Bands { get; } = bands;

    public bool Absolute { get; } = absolute;

    public override string Name => RuleName;

    internal override LeafScore Score(Schemes.SchemeNode node, ScoringContext context)
    {
        if (!TryRead(node, context, out var percent, out var inputs, out var missing))
            return LeafScore.Lacking(Name, missing, inputs);
        var value = Absolute ? Math.Abs(percent) : percent;
        foreach (var band in Bands)
        {
            if (value <= band.UpTo)
            {
                var reason = band.Points < node.Weight ? $"{Provenance.Format(Math.Round(value, 2, MidpointRounding.AwayFromZero))}% 落在 ≤{Provenance.Format(band.UpTo)}% 档，得 {Provenance.Format(band.Points)} 分" : null;
                return LeafScore.Scored(node.Weight, band.Points, Name, inputs, reason);
            }
        }
        return LeafScore.Scored(node.Weight, 0m, Name, inputs, $"{Provenance.Format(Math.Round(value, 2, MidpointRounding.AwayFromZero))}% 超出所有档次");
    }
}

/// <summary>Up to <see cref="UpTo"/> percent (inclusive) earns <see cref="Points"/>.</summary>
public sealed record Band(decimal UpTo, decimal Points);
