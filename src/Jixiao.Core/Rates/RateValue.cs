namespace Jixiao.Core.Rates;

/// <summary>A computed rate: the exact percentage and the two figures it came from.</summary>
public readonly record struct RateValue(decimal Numerator, decimal Denominator)
{
    /// <summary>The rate in percent, unrounded (to decimal's precision).</summary>
    public decimal Percent => Numerator * 100m / Denominator;

    /// <summary>The rate as a fraction of one (0.998 for 99.8%).</summary>
    public decimal Fraction => Numerator / Denominator;

    /// <summary>The percentage rounded half-up (四舍五入) to <paramref name="places"/> decimals.</summary>
    public decimal Rounded(int places) => Math.Round(Percent, places, MidpointRounding.AwayFromZero);
}
