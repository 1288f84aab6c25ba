using Jixiao.Core.Scoring;

namespace Jixiao.Core.Evaluations;

/// <summary>
/// What the document itself claims: its rates, score and grade. Kept apart from the figures so the audit can
/// recompute each and compare. A decimal keeps its written precision (94.5 has one place), which is the
/// precision the check rounds to.
/// </summary>
public sealed class Stated
{
    /// <summary>Stated rates in percent, keyed by rate id (execution, completion, basicExecution …).</summary>
    public IReadOnlyDictionary<string, decimal> Rates { get; init; } = new Dictionary<string, decimal>();

    /// <summary>自评得分.</summary>
    public decimal? Score { get; init; }

    /// <summary>评级.</summary>
    public Grade? Grade { get; init; }
}
