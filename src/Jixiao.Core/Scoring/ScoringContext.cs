using Jixiao.Core.Evaluations;
using Jixiao.Core.Rates;
using Jixiao.Core.Schemes;

namespace Jixiao.Core.Scoring;

/// <summary>One evaluation under one scheme, with its rates computed once.</summary>
internal sealed class ScoringContext(Evaluation evaluation, Scheme scheme, RateCache rates)
{
    public ScoringContext(Evaluation evaluation, Scheme scheme)
        : this(evaluation, scheme, new RateCache(evaluation))
    {
    }

    public Evaluation Evaluation { get; } = evaluation;

    public Scheme Scheme { get; } = scheme;

    public RateCache Rates { get; } = rates;

    public RateValue? Rate(Rate rate) => Rates.Get(rate);
}
