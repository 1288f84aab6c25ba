using System.Globalization;
using Jixiao.Core.Evaluations;
using Jixiao.Core.Figures;
using Jixiao.Core.Indicators;
using Jixiao.Core.Schemes;
using Jixiao.Core.Scoring;
using Jixiao.Documents.Files;
using Jixiao.Documents.Schemes;
using Jixiao.Documents.Yaml;

namespace Jixiao.Documents.Evaluations;

/// <summary>Reads an evaluation file (docs/formats.md): a department's year, typed by hand or saved by Jixiao.</summary>
public static class EvaluationFile
{
    /// <summary>Reads the file at <paramref name="path"/> (a pipe too), within <see cref="YamlLimits.MaxBytes"/>.</summary>
    public static Evaluation Load(string path, SchemeCatalog? schemes = null)
    {
        byte[]? bytes;
        try
        {
            using var file = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1, FileOptions.SequentialScan);
            bytes = BoundedRead.All(file, YamlLimits.MaxBytes);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            throw e is FileNotFoundException or DirectoryNotFoundException && FileErrors.DanglingLinkTarget(path) is null
                ? new JixiaoFileException(path, 0, FileErrors.Describe(e, path), "请检查路径和文件名", e)
                : new JixiaoFileException(path, 0, $"无法读取文件：{FileErrors.Describe(e, path)}", "请检查路径、文件名和读取权限", e);
        }
        return Parse(Decode(bytes, path), path, schemes);
    }

    /// <summary>Reads an evaluation from a stream (standard input), named <paramref name="name"/> in messages.</summary>
    public static Evaluation Load(Stream input, string name, SchemeCatalog? schemes = null)
    {
        byte[]? bytes;
        try
        {
            bytes = BoundedRead.All(input, YamlLimits.MaxBytes);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or NotSupportedException)
        {
            throw new JixiaoFileException(name, 0, $"无法读取：{FileErrors.Describe(e, name)}", "请检查输入", e);
        }
        return Parse(Decode(bytes, name), name, schemes);
    }

    /// <summary>An evaluation file's bytes as text (UTF-8, with or without a BOM), refused beyond <see cref="YamlLimits.MaxBytes"/>.</summary>
    private static string Decode(byte[]? bytes, string file)
    {
        if (bytes is null)
            throw new JixiaoFileException(file, 0, $"文件太大（超过 {YamlLimits.MaxBytes / (1024 * 1024)} MB）", "评价文件通常不足 100 KB，请确认选对了文件");
        ReadOnlySpan<byte> span = bytes;
        if (span.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
            span = span[3..];
        if (!System.Text.Unicode.Utf8.IsValid(span))
            throw new JixiaoFileException(file, 0, "文件不是 UTF-8 编码的文本", "请用文本编辑器另存为 UTF-8 编码");
        return System.Text.Encoding.UTF8.GetString(span);
    }

    public static Evaluation Parse(string text, string file, SchemeCatalog? schemes = null) =>
        Read(YamlMap.Parse(text, file), schemes);

    /// <summary>
    /// The fields of an evaluation file built in memory (the web form builds them from what was typed): read by the
    /// same rules as a file, without writing and scanning text first.
    /// </summary>
    public static Evaluation Read(YamlDotNet.RepresentationModel.YamlMappingNode fields, string source, SchemeCatalog? schemes = null) =>
        Read(YamlMap.Of(fields, source), schemes);

    private static Evaluation Read(YamlMap root, SchemeCatalog? schemes)
    {
        var file = root.File;
        var schemeId = root.RequiredString("scheme");
        if (schemes is not null && schemes.Find(schemeId) is null)
        {
            throw new JixiaoFileException(file, root.LineOf("scheme"), $"未知的评分方案“{schemeId}”",
                $"可用方案：{string.Join("、", schemes.All.Select(s => s.Id).Order(StringComparer.Ordinal))}");
        }
        var year = root.Int("year") ?? throw root.Error("缺少必填字段“year”", "请添加 year: 2023");
        if (year is < 1990 or > 2100)
            throw new JixiaoFileException(file, root.LineOf("year"), $"年度 {year} 不合理", "请写四位年份，如 2023");
        var indicators = Bounded(root, "indicators", "绩效指标", EvaluationLimits.MaxIndicators).Select(ReadIndicator).ToList();
        var summary = root.Map("indicatorSummary") is { } s ? ReadSummary(s) : null;
        if (summary is not null && indicators.Count > 0)
            throw new JixiaoFileException(file, root.LineOf("indicatorSummary"), "同时写了 indicators 和 indicatorSummary", "已列出各项指标时请删去 indicatorSummary");
        var evaluation = new Evaluation
        {
            Department = root.RequiredString("department"),
            Region = root.String("region"),
            Year = year,
            SchemeId = schemeId,
            Kind = ReadKind(root),
            Figures = root.Map("figures") is { } f ? ReadFigures(f) : new Figures(),
            Stated = root.Map("stated") is { } st ? ReadStated(st) : new Stated(),
            AnnualGoal = root.String("annualGoal"),
            Tasks = Bounded(root, "tasks", "重点任务", EvaluationLimits.MaxTasks).Select(ReadTask).ToList(),
            Indicators = indicators,
            IndicatorSummary = summary,
            Assessments = root.Map("assessments") is { } a ? ReadAssessments(a) : new Dictionary<string, Assessment>(),
            Narrative = root.Map("narrative") is { } n ? ReadNarrative(n) : new Dictionary<string, string>(),
            Outline = ReadOutline(root),
            FiledOn = ReadDate(root, "filedOn"),
        };
        root.String("source");
        root.String("notRecomputable");
        root.RejectUnknown();
        return evaluation;
    }

    /// <summary>A list read only when it is within the limit: each item costs a few kilobytes once read.</summary>
    private static IReadOnlyList<YamlMap> Bounded(YamlMap root, string key, string what, int limit)
    {
        var items = root.MapList(key);
        if (items.Count > limit)
            throw new JixiaoFileException(root.File, root.LineOf(key), $"{what}有 {items.Count} 项，超过上限 {limit} 项", $"一个部门的{what}通常不超过百项，请确认文件内容");
        return items;
    }

    private static DocumentKind ReadKind(YamlMap root) => root.String("kind") switch
    {
        null or "report" => DocumentKind.Report,
        "table" => DocumentKind.Table,
        var other => throw new JixiaoFileException(root.File, root.LineOf("kind"), $"未知的文档类型“{other}”", "请写 report（报告）或 table（自评表）"),
    };

    private static Figures ReadFigures(YamlMap m)
    {
        var figures = new Figures
        {
            Budget = Read(m, "budget", b => new Budget { Initial = b.Decimal("initial"), Adjustment = b.Decimal("adjustment"), Total = b.Decimal("total"), Basic = b.Decimal("basic"), Project = b.Decimal("project") }) ?? new(),
            FundsReceived = m.Decimal("fundsReceived"),
            CarryoverFromLastYear = m.Decimal("carryoverFromLastYear"),
            YearEndBalance = m.Decimal("yearEndBalance"),
            Spent = Read(m, "spent", s => new Spending { Total = s.Decimal("total"), Basic = s.Decimal("basic"), Project = s.Decimal("project") }) ?? new(),
            BudgetBySource = Read(m, "budgetBySource", ReadSource) ?? new(),
            SpentBySource = Read(m, "spentBySource", ReadSource) ?? new(),
            ThreePublic = Read(m, "threePublic", t => new ThreePublicFunds
            {
                Budget = t.Decimal("budget"),
                Spent = t.Decimal("spent"),
                PriorYearSpent = t.Decimal("priorYearSpent"),
                Abroad = t.Decimal("abroad"),
                VehiclePurchase = t.Decimal("vehiclePurchase"),
                VehicleOperation = t.Decimal("vehicleOperation"),
                Reception = t.Decimal("reception"),
            }) ?? new(),
            PublicFunds = Read(m, "publicFunds", ReadPlanned) ?? new(),
            Procurement = Read(m, "procurement", ReadPlanned) ?? new(),
            KeyWork = Read(m, "keyWork", ReadPlanned) ?? new(),
            Staff = Read(m, "staff", s => new Staff { Total = s.Decimal("total"), WithinQuota = s.Decimal("withinQuota"), Quota = s.Decimal("quota"), Employees = s.Decimal("employees"), PublicWelfarePosts = s.Decimal("publicWelfarePosts") }) ?? new(),
            Assets = Read(m, "assets", a => new Assets { FixedAdded = a.Decimal("fixedAdded"), IntangibleAdded = a.Decimal("intangibleAdded"), Disposed = a.Decimal("disposed"), FixedInUse = a.Decimal("fixedInUse"), FixedTotal = a.Decimal("fixedTotal") }) ?? new(),
        };
        m.RejectUnknown();
        return figures;
    }

    /// <summary>Reads a nested group and rejects keys it does not know.</summary>
    private static T? Read<T>(YamlMap parent, string key, Func<YamlMap, T> read)
        where T : class
    {
        if (parent.Map(key) is not { } m)
            return null;
        var value = read(m);
        m.RejectUnknown();
        return value;
    }

    private static BySource ReadSource(YamlMap s) => new()
    {
        GeneralPublic = s.Decimal("generalPublic"),
        GovernmentFund = s.Decimal("governmentFund"),
        StateCapital = s.Decimal("stateCapital"),
        Other = s.Decimal("other"),
    };

    private static PlannedActual ReadPlanned(YamlMap p) => new() { Planned = p.Decimal("planned"), Actual = p.Decimal("actual") };

    private static Stated ReadStated(YamlMap m)
    {
        var rates = new Dictionary<string, decimal>(StringComparer.Ordinal);
        if (m.Map("rates") is { } r)
        {
            foreach (var (key, _, _, line) in r.Entries())
            {
                if (Core.Rates.Rates.Find(key) is null)
                    throw new JixiaoFileException(m.File, line, $"未知的比率“{key}”", $"可用比率：{string.Join("、", Core.Rates.Rates.All.Select(x => x.Id))}");
                rates[key] = r.Decimal(key) ?? throw new JixiaoFileException(m.File, line, $"比率“{key}”没有数值", "请写百分数数值，如 94.5");
            }
        }
        Grade? grade = null;
        if (m.String("grade") is { } g)
        {
            if (!GradeNames.TryParse(g, out var parsed))
                throw new JixiaoFileException(m.File, m.LineOf("grade"), $"未知的评级“{g}”", "评级只能是 优、良、中、差");
            grade = parsed;
        }
        var stated = new Stated { Rates = rates, Score = m.Decimal("score"), Grade = grade };
        m.RejectUnknown();
        return stated;
    }

    private static KeyTask ReadTask(YamlMap m)
    {
        var task = new KeyTask
        {
            Name = m.RequiredString("name"),
            Goal = m.String("goal"),
            Outcome = m.String("outcome"),
            Budget = m.Decimal("budget"),
            Spent = m.Decimal("spent"),
            StatedRate = m.Decimal("statedRate"),
        };
        m.RejectUnknown();
        return task;
    }

    private static Indicator ReadIndicator(YamlMap m)
    {
        var actual = m.String("actual");
        var achievement = m.String("achievement");
        if (achievement is not (null or "达成" or "部分达成" or "未达成"))
            throw new JixiaoFileException(m.File, m.LineOf("achievement"), $"未知的完成程度“{achievement}”", "请写 达成、部分达成 或 未达成");
        var indicator = new Indicator
        {
            Level1 = m.String("level1") ?? "",
            Level2 = m.String("level2") ?? "",
            Name = m.RequiredString("name"),
            Weight = m.Decimal("weight"),
            Target = Target.Parse(m.String("target")),
            Actual = actual is null ? null : Target.Parse(actual),
            Formula = m.String("formula"),
            StatedScore = m.Decimal("score"),
            Deviation = m.String("deviation"),
            Task = m.String("task"),
            Achievement = achievement,
            Place = $"第 {m.Line} 行",
        };
        m.RejectUnknown();
        return indicator;
    }

    private static IndicatorSummary ReadSummary(YamlMap m)
    {
        var count = m.Int("count") ?? throw m.Error("indicatorSummary 缺少 count", "请写指标总数，如 count: 20");
        var met = m.Int("met") ?? throw m.Error("indicatorSummary 缺少 met", "请写已完成的指标数，如 met: 20");
        if (met > count || met < 0)
            throw m.Error($"已完成指标数 {met} 不在 0 到 {count} 之间", "请核对 count 与 met");
        m.RejectUnknown();
        return new IndicatorSummary(count, met);
    }

    private static Dictionary<string, Assessment> ReadAssessments(YamlMap m)
    {
        var result = new Dictionary<string, Assessment>(StringComparer.Ordinal);
        foreach (var (key, map, _, line) in m.Entries())
        {
            if (map is null)
                throw new JixiaoFileException(m.File, line, $"评价项“{key}”应为映射", "请写成 { level: 达成, score: 5 }");
            result[key] = new Assessment
            {
                Level = map.String("level"),
                ItemsMet = map.StringList("itemsMet"),
                Value = map.Decimal("value"),
                StatedScore = map.Decimal("score"),
                Basis = map.String("basis"),
            };
            map.RejectUnknown();
        }
        return result;
    }

    private static List<OutlineSection> ReadOutline(YamlMap root)
    {
        var ids = new Dictionary<string, int>(StringComparer.Ordinal);
        return root.MapList("outline").Select(s => SchemeFile.ReadSection(s, ids)).ToList();
    }

    private static DateOnly? ReadDate(YamlMap m, string key)
    {
        if (m.String(key) is not { } text)
            return null;
        if (DateOnly.TryParseExact(text.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
            return date;
        throw new JixiaoFileException(m.File, m.LineOf(key), $"{key} 的日期“{text}”无法识别", "请写成 2024-03-31 的形式");
    }

    private static Dictionary<string, string> ReadNarrative(YamlMap m)
    {
        var result = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (key, _, text, _) in m.Entries())
            result[key] = text ?? "";
        return result;
    }
}
