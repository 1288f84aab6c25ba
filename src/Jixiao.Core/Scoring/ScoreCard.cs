using Jixiao.Core.Schemes;

namespace Jixiao.Core.Scoring;

/// <summary>
/// The result of scoring an evaluation: every item with its provenance, the total, the grade, and when data the
/// scheme needs are missing, 无法评价 with the list of what is missing (never a made-up grade).
/// </summary>
public sealed class ScoreCard
{
    public required Scheme Scheme { get; init; }

    public required IReadOnlyList<ScoredItem> Items { get; init; }

    /// <summary>The recomputed total, after any cap; null when it cannot be evaluated.</summary>
    public decimal? Total { get; init; }

    public Grade? Grade { get; init; }

    /// <summary>What is missing for a total; empty when evaluable.</summary>
    public IReadOnlyList<string> Missing { get; init; } = [];

    public bool IsEvaluable => Total is not null;

    /// <summary>The cap applied to the total, if any (执行率 below a threshold).</summary>
    public string? CapApplied { get; init; }

    /// <summary>The department's own score, kept as stated whether or not it can be recomputed.</summary>
    public decimal? StatedScore { get; init; }

    public Grade? StatedGrade { get; init; }

    /// <summary>What would lift the total into the next grade band; null at the top band or when not evaluable.</summary>
    public GradeAdvice? NextGrade { get; init; }
}

/// <summary>The next band, the points short of it, and the items that could yield them, most headroom first.</summary>
public sealed record GradeAdvice(Grade Target, decimal PointsNeeded, IReadOnlyList<ScoredItem> Levers, string? Blocker);
