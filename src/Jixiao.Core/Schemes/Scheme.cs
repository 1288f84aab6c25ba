using Jixiao.Core.Scoring;

namespace Jixiao.Core.Schemes;

/// <summary>
/// A region's rules for one year, loaded from a file in schemes/: the indicator tree with weights and scoring
/// rules, the total cap, the grade bands, the report outline and the table layout. A new region is a new file.
/// </summary>
public sealed class Scheme
{
    public required string Id { get; init; }

    public required string Name { get; init; }

    /// <summary>Where it applies (全国, 广东省广州市 …).</summary>
    public required string Region { get; init; }

    /// <summary>The year it applies from; null for the national default.</summary>
    public int? Year { get; init; }

    /// <summary>The published document the rules come from.</summary>
    public required string Source { get; init; }

    /// <summary>The file it was loaded from, for messages.</summary>
    public string File { get; init; } = "";

    public required IReadOnlyList<SchemeNode> Indicators { get; init; }

    /// <summary>Grade bands, highest first.</summary>
    public required IReadOnlyList<GradeBand> Grades { get; init; }

    /// <summary>Caps on the total by a rate (执行率 70–80% → at most 89 …), strictest applicable wins.</summary>
    public IReadOnlyList<TotalCap> Caps { get; init; } = [];

    /// <summary>目标设置偏低: points taken off an indicator whose actual exceeds its target by the ratio.</summary>
    public OverTargetPenalty? OverTargetPenalty { get; init; }

    public required Outline Outline { get; init; }

    public TableLayout? Table { get; init; }

    /// <summary>Decimals the region's documents show amounts, rates and scores with.</summary>
    public NumberPrecision Precision { get; init; } = NumberPrecision.Default;

    public decimal TotalWeight => Indicators.Sum(n => n.Weight);

    private SchemeNode[]? _nodes;

    /// <summary>Every node, depth first, flattened once: scoring and audit walk it for every evaluation.</summary>
    public IReadOnlyList<SchemeNode> AllNodes() => _nodes ??= Indicators.SelectMany(n => n.SelfAndDescendants()).ToArray();

    public Grade GradeFor(decimal score)
    {
        foreach (var band in Grades)
        {
            if (score >= band.Min)
                return band.Grade;
        }
        return Grades[^1].Grade;
    }

    /// <summary>The band just above the one <paramref name="score"/> falls in, or null at the top.</summary>
    public GradeBand? NextBandAbove(decimal score)
    {
        GradeBand? above = null;
        foreach (var band in Grades)
        {
            if (score >= band.Min)
                return above;
            above = band;
        }
        return above;
    }
}

public sealed record GradeBand(Grade Grade, decimal Min);

/// <summary>When <see cref="RateId"/> is below <see cref="Below"/> percent, the total is at most <see cref="Max"/>.</summary>
public sealed record TotalCap(string RateId, decimal Below, decimal Max);

/// <summary>When an indicator's actual exceeds its ≥ target by at least <see cref="Ratio"/> (1.3 = 30%), lose <see cref="Points"/>.</summary>
public sealed record OverTargetPenalty(decimal Ratio, decimal Points);
