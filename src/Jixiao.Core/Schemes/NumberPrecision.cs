namespace Jixiao.Core.Schemes;

/// <summary>
/// How many decimals a region's documents show: amounts in 万元, rates in percent, scores and weights. Two each
/// unless the scheme says otherwise (domain.md §3).
/// </summary>
public sealed record NumberPrecision(int Amounts = 2, int Rates = 2, int Scores = 2)
{
    public static NumberPrecision Default { get; } = new();
}
