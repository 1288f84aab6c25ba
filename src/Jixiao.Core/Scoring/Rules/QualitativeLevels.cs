namespace Jixiao.Core.Scoring.Rules;

/// <summary>
/// The share of the weight each qualitative level earns, as a range (达成 80–100%, 部分达成 60–80%, 未达成 0–60%
/// in three-band schemes; 达成 100%, 未达成 0 in the national one). A stated score inside its level's range is
/// kept; without one the level's floor is taken, so the engine never grants more than the rule guarantees.
/// </summary>
public sealed record QualitativeLevels(IReadOnlyDictionary<string, (decimal Min, decimal Max)> Levels)
{
    public const string Achieved = "达成";
    public const string Partial = "部分达成";
    public const string NotAchieved = "未达成";

    public static QualitativeLevels Default { get; } = new(new Dictionary<string, (decimal, decimal)>
    {
        [Achieved] = (1m, 1m),
        [Partial] = (0.6m, 0.8m),
        [NotAchieved] = (0m, 0m),
    });

    /// <summary>The points earned at <paramref name="level"/>, honouring a stated score inside the level's range.</summary>
    internal decimal? Points(string level, decimal weight, decimal? stated, out string reason)
    {
        if (!Levels.TryGetValue(level, out var range))
        {
            reason = $"未知的完成程度“{level}”";
            return null;
        }
        var min = weight * range.Min;
        var max = weight * range.Max;
        if (stated is { } s && s >= min && s <= max)
        {
            reason = $"{level}（{Provenance.Format(range.Min * 100)}–{Provenance.Format(range.Max * 100)}%），取自评 {Provenance.Format(s)} 分";
            return s;
        }
        reason = range.Min < 1m ? $"{level}，按该档下限计分" : level;
        return min;
    }

    /// <summary>Reads the level from an actual written in words ("已完成", "未开展", "部分完成").</summary>
    public static string? FromText(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
            return null;
        if (ContainsAny(text, "未完成", "未达成", "未达到", "未开展", "没有完成", "未实现", "未能", "未按", "延期", "未举办"))
            return NotAchieved;
        if (ContainsAny(text, "部分完成", "部分达成", "基本完成", "基本达成", "部分实现"))
            return Partial;
        if (ContainsAny(text, "完成", "达成", "达到", "实现", "提升", "提高", "有效", "满意", "是", "良好", "正常"))
            return Achieved;
        return null;
    }

    private static bool ContainsAny(string text, params string[] words)
    {
        foreach (var w in words)
        {
            if (text.Contains(w, StringComparison.Ordinal))
                return true;
        }
        return false;
    }
}
