using Jixiao.Core.Evaluations;

namespace Jixiao.Core.Rates;

/// <summary>The rates of one evaluation, each computed at most once, shared by scoring and audit.</summary>
internal sealed class RateCache(Evaluation evaluation)
{
    private readonly (RateValue? Value, bool OutOfRange)[] _values = new (RateValue?, bool)[Rates.All.Count];
    private readonly bool[] _computed = new bool[Rates.All.Count];

    public RateValue? Get(Rate rate) => Evaluate(rate).Value;

    /// <summary>True when the figures are stated but the rate exceeds what can be computed (see <see cref="Rate.Evaluate"/>).</summary>
    public bool IsOutOfRange(Rate rate) => Evaluate(rate).OutOfRange;

    private (RateValue? Value, bool OutOfRange) Evaluate(Rate rate)
    {
        var i = rate.Index;
        if (!_computed[i])
        {
            _values[i] = rate.Evaluate(evaluation);
            _computed[i] = true;
        }
        return _values[i];
    }
}
