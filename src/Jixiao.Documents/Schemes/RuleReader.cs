using Jixiao.Core.Scoring.Rules;
using Jixiao.Documents.Yaml;

namespace Jixiao.Documents.Schemes;

/// <summary>Builds a scoring rule from its name and the parameters written beside it in the scheme file.</summary>
internal static class RuleReader
{
    public static ScoringRule Read(string name, YamlMap m) => name switch
    {
        ExecutionRateRule.RuleName => new ExecutionRateRule(RateId(m, "rate", "execution")),
        ProportionalRule.RuleName => new ProportionalRule(RateId(m, "rate", null), m.Decimal("target") ?? 100m, Direction(m, "atLeast", "atMost") == "atMost"),
        DeductPerPointRule.RuleName => new DeductPerPointRule(RateId(m, "rate", null), m.RequiredDecimal("threshold"), m.RequiredDecimal("perPoint"), Direction(m, "above", "below") == "below"),
        StepDeductionRule.RuleName => new StepDeductionRule(RateId(m, "rate", null), m.Decimal("threshold") ?? 100m, Positive(m, "step", 5m), m.Decimal("deduct") ?? 2m),
        BandsRule.RuleName => new BandsRule(RateId(m, "rate", null), Bands(m), m.Bool("absolute") ?? false),
        QualitativeRule.RuleName => new QualitativeRule(Levels(m)),
        SatisfactionStepsRule.RuleName => new SatisfactionStepsRule(RateId(m, "rate", null), m.Decimal("full") ?? 90m, Positive(m, "step", 5m), m.Decimal("deduct") ?? 1m),
        ChecklistRule.RuleName => new ChecklistRule(Items(m)),
        DepartmentIndicatorsRule.RuleName => new DepartmentIndicatorsRule(Match(m), Levels(m)),
        _ => throw new JixiaoFileException(m.File, m.LineOf("rule"), $"未知的计分规则“{name}”", $"可用规则：{string.Join("、", ScoringRule.Names)}"),
    };

    /// <summary>
    /// A rate id. Ids of <see cref="Core.Rates.Rates"/> are computed from the figures; any other id names a value the
    /// department states for the leaf, so only a missing id is an error.
    /// </summary>
    public static string RateId(YamlMap m, string key, string? fallback)
    {
        var id = m.String(key) ?? fallback ?? throw m.Error($"缺少比率 {key}", $"请写明比率，如 {key}: execution；可用：{string.Join("、", Core.Rates.Rates.All.Select(r => r.Id))}");
        if (Core.Rates.Rates.Find(id) is null && !id.StartsWith("value:", StringComparison.Ordinal))
            throw new JixiaoFileException(m.File, m.LineOf(key), $"未知的比率“{id}”", $"可用比率：{string.Join("、", Core.Rates.Rates.All.Select(r => r.Id))}；由部门直接填报的值请写 value:名称");
        return id;
    }

    private static string Direction(YamlMap m, string first, string second)
    {
        var value = m.String("direction") ?? first;
        return value == first || value == second ? value : throw m.Error($"未知的方向“{value}”", $"请写 {first} 或 {second}");
    }

    private static decimal Positive(YamlMap m, string key, decimal fallback)
    {
        var value = m.Decimal(key) ?? fallback;
        return value > 0m ? value : throw m.Error($"{key} 须为正数", $"请把 {key} 改为大于 0 的数");
    }

    private static IReadOnlyList<Band> Bands(YamlMap m)
    {
        var bands = m.MapList("bands").Select(b =>
        {
            var band = new Band(b.RequiredDecimal("upTo"), b.RequiredDecimal("points"));
            b.RejectUnknown();
            return band;
        }).ToList();
        if (bands.Count == 0)
            throw m.Error("bands 规则没有列出档次", "请写 bands: [{ upTo: 5, points: 3 }, …]");
        for (var i = 1; i < bands.Count; i++)
        {
            if (bands[i].UpTo <= bands[i - 1].UpTo)
                throw m.Error($"bands 的档次上限 {bands[i].UpTo} 未递增", "请按 upTo 从小到大排列");
        }
        return bands;
    }

    private static QualitativeLevels Levels(YamlMap m)
    {
        if (m.Map("levels") is not { } levels)
            return QualitativeLevels.Default;
        var dict = new Dictionary<string, (decimal, decimal)>(StringComparer.Ordinal);
        foreach (var (key, _, _, line) in levels.Entries())
        {
            var range = levels.StringList(key);
            if (range.Count != 2 || !decimal.TryParse(range[0], System.Globalization.CultureInfo.InvariantCulture, out var lo) || !decimal.TryParse(range[1], System.Globalization.CultureInfo.InvariantCulture, out var hi) || lo > hi || hi > 1m || lo < 0m)
                throw new JixiaoFileException(m.File, line, $"完成程度“{key}”的区间应为 [下限, 上限]，取 0 到 1 之间", "例如 部分达成: [0.6, 0.8]");
            dict[key] = (lo, hi);
        }
        return new QualitativeLevels(dict);
    }

    private static IReadOnlyList<ChecklistItem> Items(YamlMap m)
    {
        var items = m.MapList("items").Select(i =>
        {
            var item = new ChecklistItem(i.RequiredString("id"), i.RequiredString("name"), i.RequiredDecimal("points"));
            i.RejectUnknown();
            return item;
        }).ToList();
        if (items.Count == 0)
            throw m.Error("checklist 规则没有列出检查项", "请写 items: [{ id: …, name: …, points: 1 }, …]");
        return items;
    }

    private static IReadOnlyList<string> Match(YamlMap m)
    {
        var match = m.StringList("match");
        return match.Count > 0 ? match : throw m.Error("department-indicators 规则缺少 match", "请写 match: [产出] 或 match: [\"*\"]");
    }
}
