namespace Jixiao.Core.Audit;

/// <summary>
/// When a stated number agrees with a computed one (domain.md §3): a rate agrees when the recomputed rate,
/// rounded half-up to the stated precision, equals it; a sum agrees when it differs from the stated total by less
/// than half a unit of the least precise term. Zero terms are exact and do not widen the tolerance.
/// </summary>
public static class Tolerance
{
    public static bool RateAgrees(decimal stated, decimal computedPercent) =>
        Math.Round(computedPercent, stated.Scale, MidpointRounding.AwayFromZero) == stated;

    public static bool SumAgrees(decimal stated, ReadOnlySpan<decimal> parts)
    {
        var sum = 0m;
        var scale = (int)stated.Scale;
        foreach (var part in parts)
        {
            sum += part;
            if (part != 0m)
                scale = Math.Min(scale, part.Scale);
        }
        return Math.Abs(sum - stated) < HalfUnit(scale);
    }

    /// <summary>Half a unit in the last place: 0.005 for two decimals.</summary>
    public static decimal HalfUnit(int scale)
    {
        var unit = 1m;
        for (var i = 0; i < scale; i++)
            unit /= 10m;
        return unit / 2m;
    }
}
