namespace Jixiao.Core.Scoring;

/// <summary>One scored line of the tree: a scheme node, or one of the department's indicators under a slot.</summary>
public sealed record ScoredItem(
    string Id,
    string Name,
    int Depth,
    decimal Weight,
    decimal? Score,
    decimal? StatedScore,
    Provenance Provenance,
    bool IsGroup)
{
    /// <summary>Points this item could still gain (weight − score).</summary>
    public decimal Headroom => Score is { } s ? Weight - s : 0m;
}
