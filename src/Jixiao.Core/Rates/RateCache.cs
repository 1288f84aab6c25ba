using Jixiao.Core.Evaluations;

namespace Jixiao.Core.Rates;

/// <summary>The rates of one evaluation, each computed at most once, shared by scoring and audit.</summary>
internal sealed class RateCache(Evaluation evaluation)
{
    private readonly RateValue?[] _values = new RateValue?[Rates.All.Count];
    private readonly bool[] _computed = new bool[Rates.All.Count];

    public RateValue? Get(Rate rate)
    {
        var i = rate.Index;
        if (!_computed[i])
        {
            _values[i] = rate.Compute(evaluation);
            _computed[i] = true;
        }
        return _values[i];
    }
}
