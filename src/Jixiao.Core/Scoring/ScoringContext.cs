using Jixiao.Core.Evaluations;
using Jixiao.Core.Rates;
using Jixiao.Core.Schemes;

namespace Jixiao.Core.Scoring;

/// <summary>One evaluation under one scheme, with each rate computed at most once.</summary>
internal sealed class ScoringContext(Evaluation evaluation, Scheme scheme)
{
    private readonly RateValue?[] _rates = new RateValue?[Rates.Rates.All.Count];
    private readonly bool[] _computed = new bool[Rates.Rates.All.Count];

    public Evaluation Evaluation { get; } = evaluation;

    public Scheme Scheme { get; } = scheme;

    public RateValue? Rate(Rate rate)
    {
        var i = RateIndex(rate);
        if (!_computed[i])
        {
            _rates[i] = rate.Compute(Evaluation);
            _computed[i] = true;
        }
        return _rates[i];
    }

    private static int RateIndex(Rate rate)
    {
        var all = Rates.Rates.All;
        for (var i = 0; i < all.Count; i++)
        {
            if (ReferenceEquals(all[i], rate))
                return i;
        }
        throw new ArgumentException($"unknown rate {rate.Id}", nameof(rate));
    }
}
