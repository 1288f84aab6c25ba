using Jixiao.Core.Evaluations;
using Jixiao.Core.Schemes;
using Jixiao.Core.Scoring;
using Jixiao.Core.Scoring.Rules;
using Jixiao.Documents.Yaml;

namespace Jixiao.Documents.Schemes;

/// <summary>
/// Reads a scheme file (docs/formats.md) and validates it: weights that do not sum, unknown rule names or rate
/// ids, duplicate ids, missing fields and unknown keys each give a Chinese error with the file, the line and the fix.
/// </summary>
public static class SchemeFile
{
    public static Scheme Load(string path)
    {
        string text;
        try
        {
            text = File.ReadAllText(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new JixiaoFileException(path, 0, $"无法读取评分方案文件：{Files.FileErrors.Describe(e, path)}", "请确认文件存在且有读取权限", e);
        }
        return Parse(text, path);
    }

    public static Scheme Parse(string text, string file)
    {
        var root = YamlMap.Parse(text, file);
        var ids = new Dictionary<string, int>(StringComparer.Ordinal);
        var id = root.RequiredString("id");
        var expectedId = Path.GetFileNameWithoutExtension(file);
        if (file.EndsWith(".yaml", StringComparison.Ordinal) && id != expectedId)
            throw root.Error($"方案 id“{id}”与文件名“{expectedId}”不一致", $"请把 id 改为 {expectedId}，或把文件改名为 {id}.yaml");
        var indicatorMaps = root.MapList("indicators");
        if (indicatorMaps.Count == 0)
            throw root.Error("缺少指标体系 indicators", "请在 indicators: 下列出一级指标");
        var indicators = indicatorMaps.Select(m => ReadNode(m, ids)).ToList();
        CheckWeights(root, indicators, 100m, "一级指标", root.LineOf("indicators"));

        var scheme = new Scheme
        {
            Id = id,
            Name = root.RequiredString("name"),
            Region = root.RequiredString("region"),
            Year = root.Int("year"),
            Source = root.RequiredString("source"),
            File = file,
            Grades = ReadGrades(root),
            Caps = root.MapList("caps").Select(ReadCap).ToList(),
            OverTargetPenalty = root.Map("overTargetPenalty") is { } p ? ReadPenalty(p) : null,
            Indicators = indicators,
            Outline = ReadOutline(root.Map("outline") ?? throw root.Error("缺少报告大纲 outline", "请添加 outline: 及其 sections")),
            Table = root.Map("table") is { } t ? ReadTable(t) : null,
            Precision = root.Map("precision") is { } pr ? ReadPrecision(pr) : NumberPrecision.Default,
        };
        root.RejectUnknown();
        return scheme;
    }

    private static SchemeNode ReadNode(YamlMap map, Dictionary<string, int> ids)
    {
        var id = map.RequiredString("id");
        if (ids.TryGetValue(id, out var firstLine))
            throw map.Error($"指标 id“{id}”重复（第 {firstLine} 行已使用）", "请给每个指标一个唯一的 id");
        ids[id] = map.Line;
        var name = map.RequiredString("name");
        var weight = map.RequiredDecimal("weight");
        if (weight <= 0m)
            throw map.Error($"指标“{name}”的分值 {weight} 不是正数", "分值须大于 0");
        var children = map.MapList("children").Select(c => ReadNode(c, ids)).ToList();
        var ruleName = map.String("rule");
        if (children.Count > 0 && ruleName is not null)
            throw map.Error($"指标“{name}”既有下级指标又有计分规则", "分组指标只列 children，计分规则写在末级指标上");
        if (children.Count == 0 && ruleName is null)
            throw map.Error($"末级指标“{name}”缺少计分规则 rule", $"请添加 rule:，可用规则：{string.Join("、", ScoringRule.Names)}");
        if (children.Count > 0)
            CheckWeights(map, children, weight, $"“{name}”的下级指标", map.LineOf("children"));
        var rule = ruleName is null ? null : RuleReader.Read(ruleName, map);
        if (rule is ChecklistRule checklist && checklist.Items.Sum(i => i.Points) > weight)
            throw map.Error($"“{name}”各检查项分值合计 {checklist.Items.Sum(i => i.Points)} 超过其分值 {weight}", "请调整检查项分值");
        if (rule is BandsRule bands && bands.Bands.Any(b => b.Points > weight))
            throw map.Error($"“{name}”某档得分超过其分值 {weight}", "各档得分不得超过指标分值");
        map.RejectUnknown();
        return new SchemeNode { Id = id, Name = name, Weight = weight, Children = children, Rule = rule, Line = map.Line };
    }

    private static void CheckWeights(YamlMap at, IReadOnlyList<SchemeNode> nodes, decimal expected, string what, int line)
    {
        var sum = nodes.Sum(n => n.Weight);
        if (sum != expected)
        {
            var parts = string.Join(" + ", nodes.Select(n => $"{n.Name} {n.Weight}"));
            throw new JixiaoFileException(at.File, line, $"{what}分值合计 {sum}（{parts}），应为 {expected}", "请调整各项分值使其合计等于上级分值");
        }
    }

    private static IReadOnlyList<GradeBand> ReadGrades(YamlMap root)
    {
        var maps = root.MapList("grades");
        if (maps.Count == 0)
            throw root.Error("缺少等级区间 grades", "请列出 { grade: 优, min: 90 } 等各档，从高到低");
        var bands = new List<GradeBand>();
        foreach (var m in maps)
        {
            var text = m.RequiredString("grade");
            if (!GradeNames.TryParse(text, out var grade))
                throw m.Error($"未知的等级“{text}”", "等级只能是 优、良、中、差");
            var min = m.RequiredDecimal("min");
            if (bands.Count > 0 && min >= bands[^1].Min)
                throw m.Error($"等级“{text}”的下限 {min} 不低于上一档", "请从高到低排列等级，下限依次递减");
            m.RejectUnknown();
            bands.Add(new GradeBand(grade, min));
        }
        return bands;
    }

    private static TotalCap ReadCap(YamlMap m)
    {
        var cap = new TotalCap(RuleReader.RateId(m, "rate", null), m.RequiredDecimal("below"), m.RequiredDecimal("max"));
        m.RejectUnknown();
        return cap;
    }

    private static OverTargetPenalty ReadPenalty(YamlMap m)
    {
        var penalty = new OverTargetPenalty(m.RequiredDecimal("ratio"), m.RequiredDecimal("points"));
        if (penalty.Ratio <= 1m)
            throw m.Error($"overTargetPenalty 的 ratio {penalty.Ratio} 应大于 1", "例如 1.3 表示超出目标 30% 以上扣分");
        m.RejectUnknown();
        return penalty;
    }

    private static Outline ReadOutline(YamlMap m)
    {
        var ids = new Dictionary<string, int>(StringComparer.Ordinal);
        var required = m.StringList("requiredFigures");
        CheckFigures(m, required, "requiredFigures");
        var outline = new Outline { RequiredFigures = required, Sections = m.MapList("sections").Select(s => ReadSection(s, ids)).ToList() };
        if (outline.Sections.Count == 0)
            throw m.Error("大纲 outline 没有章节", "请在 sections: 下列出报告的各章节");
        m.RejectUnknown();
        return outline;
    }

    /// <summary>One outline section and its children; an evaluation's own outline is read the same way.</summary>
    internal static OutlineSection ReadSection(YamlMap m, Dictionary<string, int> ids)
    {
        var id = m.RequiredString("id");
        if (ids.TryGetValue(id, out var firstLine))
            throw m.Error($"章节 id“{id}”重复（第 {firstLine} 行已使用）", "请给每个章节一个唯一的 id");
        ids[id] = m.Line;
        var figures = m.StringList("figures");
        CheckFigures(m, figures, "figures");
        var lists = m.StringList("lists");
        if (lists.FirstOrDefault(l => l != "tasks") is { } unknown)
            throw new JixiaoFileException(m.File, m.LineOf("lists"), $"未知的列表“{unknown}”", "可用列表：tasks（重点工作任务及其目标）");
        var section = new OutlineSection
        {
            Lists = lists,
            Id = id,
            Title = m.RequiredString("title"),
            Required = m.Bool("required") ?? true,
            Figures = figures,
            Children = m.MapList("children").Select(c => ReadSection(c, ids)).ToList(),
            Line = m.Line,
        };
        m.RejectUnknown();
        return section;
    }

    private static void CheckFigures(YamlMap m, IReadOnlyList<string> figures, string key)
    {
        foreach (var f in figures)
        {
            if (!FigurePath.IsKnown(f))
                throw new JixiaoFileException(m.File, m.LineOf(key), $"未知的数据项“{f}”", $"可用数据项：{string.Join("、", FigurePath.All)}");
        }
    }

    private static NumberPrecision ReadPrecision(YamlMap m)
    {
        int Places(string key)
        {
            var places = m.Int(key) ?? 2;
            if (places is < 0 or > 4)
                throw new JixiaoFileException(m.File, m.LineOf(key), $"precision 的 {key} 为 {places}，不合理", "小数位数应在 0 到 4 之间，例如 2");
            return places;
        }
        var precision = new NumberPrecision(Places("amounts"), Places("rates"), Places("scores"));
        m.RejectUnknown();
        return precision;
    }

    private static TableLayout ReadTable(YamlMap m)
    {
        var layout = m.RequiredString("layout");
        if (layout is not ("national-2020" or "guangzhou-2021"))
            throw m.Error($"未知的表式“{layout}”", "可用表式：national-2020、guangzhou-2021");
        var table = new TableLayout { Layout = layout, Title = m.String("title") ?? "", Columns = m.StringList("columns") };
        m.RejectUnknown();
        return table;
    }
}
