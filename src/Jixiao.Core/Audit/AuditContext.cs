using Jixiao.Core.Evaluations;
using Jixiao.Core.Rates;
using Jixiao.Core.Schemes;
using Jixiao.Core.Scoring;

namespace Jixiao.Core.Audit;

/// <summary>What a rule may look at: the evaluation, its scheme and score card (when a scheme is known), its rates.</summary>
internal sealed class AuditContext(Evaluation evaluation, Scheme scheme, ScoreCard card, RateCache rates)
{
    public Evaluation Evaluation { get; } = evaluation;

    public Figures.Figures Figures => Evaluation.Figures;

    public Scheme Scheme { get; } = scheme;

    public ScoreCard Card { get; } = card;

    public RateValue? Rate(Rate rate) => rates.Get(rate);

    public bool RateOutOfRange(Rate rate) => rates.IsOutOfRange(rate);
}
