namespace Jixiao.Core.Scoring;

/// <summary>What a rule returns for one leaf: a score within [0, weight] with its provenance, or what is missing.</summary>
public readonly record struct LeafScore(decimal? Score, Provenance Provenance, string? MissingInput)
{
    public static LeafScore Scored(decimal weight, decimal raw, string rule, IReadOnlyList<ProvenanceInput> inputs, string? reason)
    {
        // Scores are kept to two decimals, but never rounded above the weight (90 shared by 7 is 12.857…). A negative
        // weight (a typo the audit reports) scores nothing rather than failing the clamp.
        var top = Math.Max(weight, 0m);
        var score = Math.Min(Math.Round(Math.Clamp(raw, 0m, top), 2, MidpointRounding.AwayFromZero), top);
        return new LeafScore(score, new Provenance(rule, inputs, weight - score, reason), null);
    }

    public static LeafScore Lacking(string rule, string what, IReadOnlyList<ProvenanceInput> inputs) =>
        new(null, new Provenance(rule, inputs, 0m, $"缺少{what}，无法评分"), what);

    /// <summary>Figures so large or so far apart that the rule's arithmetic overflows: a typo, not a score.</summary>
    public static LeafScore OutOfRange(string rule) =>
        new(null, new Provenance(rule, [], 0m, "数据超出可计算的范围，无法评分"), "可计算范围内的数据（请检查金额的单位和小数点）");
}
