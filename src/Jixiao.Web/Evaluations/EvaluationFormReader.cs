using System.Globalization;
using Jixiao.Core.Evaluations;
using Jixiao.Core.Scoring;
using Jixiao.Documents.Evaluations;
using Jixiao.Documents.Schemes;
using Jixiao.Documents.Yaml;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace Jixiao.Web.Evaluations;

/// <summary>What the record fixes and the form does not change: who, which year, which scheme.</summary>
/// <param name="Stored">The evaluation file as last saved: what it holds that the form does not show (its own outline, 填报日期) is kept.</param>
public sealed record EvaluationHeader(string Department, int Year, string SchemeId, string? Stored = null);

/// <summary>The form read into an evaluation, or the errors by field name (the input's name on the page).</summary>
public sealed record FormReading(Evaluation? Evaluation, IReadOnlyDictionary<string, string> Errors)
{
    public bool IsValid => Evaluation is not null && Errors.Count == 0;
}

/// <summary>
/// Reads the page's fields into the model through the evaluation file loader itself (the form becomes the same
/// fields as a samples/*.yaml file, built in memory), so what the web saves the CLI reads.
/// </summary>
public static class EvaluationFormReader
{
    public const string Prefix = "Form";

    private static readonly string[] Achievements = ["达成", "部分达成", "未达成"];

    public static FormReading Read(EvaluationForm form, EvaluationHeader header, SchemeCatalog schemes)
    {
        var errors = new Dictionary<string, string>(StringComparer.Ordinal);
        var root = new YamlMappingNode();
        Put(root, "department", header.Department);
        root.Add("year", Number(header.Year));
        Put(root, "scheme", header.SchemeId);
        Put(root, "kind", form.Kind == "table" ? "table" : "report");
        Put(root, "region", form.Region);
        root.Add("figures", ReadFigures(form, errors));
        root.Add("stated", ReadStated(form, errors));
        Put(root, "annualGoal", form.AnnualGoal);
        root.Add("tasks", ReadTasks(form, errors));
        root.Add("indicators", ReadIndicators(form, errors));
        if (ReadSummary(form, errors) is { } summary)
            root.Add("indicatorSummary", summary);
        root.Add("assessments", ReadAssessments(form, errors));
        var narrative = new YamlMappingNode();
        foreach (var (id, text) in form.Narrative)
            Put(narrative, id, text);
        root.Add("narrative", narrative);
        KeepStored(root, header.Stored);
        if (errors.Count > 0)
            return new FormReading(null, errors);
        try
        {
            return new FormReading(EvaluationFile.Read(root, "网页表单", schemes), errors);
        }
        catch (JixiaoFileException e)
        {
            errors[Prefix] = $"{e.Problem}。{e.Fix}";
            return new FormReading(null, errors);
        }
    }

    /// <summary>Fields of the evaluation file the form has no inputs for, carried from the stored file so a save never drops them.</summary>
    private static readonly string[] KeptFields = ["outline", "filedOn"];

    private static void KeepStored(YamlMappingNode root, string? stored)
    {
        if (stored is null || !KeptFields.Any(f => stored.Contains(f + ":", StringComparison.Ordinal)))
            return;
        var stream = new YamlStream();
        stream.Load(new StringReader(stored));
        if (stream.Documents.Count == 0 || stream.Documents[0].RootNode is not YamlMappingNode file)
            return;
        foreach (var field in KeptFields)
        {
            if (file.Children.TryGetValue(new YamlScalarNode(field), out var node))
                root.Add(field, node);
        }
    }

    private static YamlMappingNode ReadFigures(EvaluationForm form, Dictionary<string, string> errors)
    {
        var figures = new YamlMappingNode();
        foreach (var field in FigureFields.All)
        {
            var name = $"{Prefix}.Figures[{field.Path}]";
            if (Number(form.Figures.GetValueOrDefault(field.Path), name, errors) is not { } value)
                continue;
            if (value < 0 && field.Path != "budget.adjustment")
            {
                errors[name] = $"{field.Label}不能为负数";
                continue;
            }
            var parent = figures;
            var keys = field.Path.Split('.');
            foreach (var key in keys[..^1])
            {
                if (!parent.Children.TryGetValue(key, out var child))
                    parent.Add(key, child = new YamlMappingNode());
                parent = (YamlMappingNode)child;
            }
            parent.Add(keys[^1], Number(value));
        }
        return figures;
    }

    private static YamlMappingNode ReadStated(EvaluationForm form, Dictionary<string, string> errors)
    {
        var rates = new YamlMappingNode();
        foreach (var (id, text) in form.StatedRates)
        {
            if (Core.Rates.Rates.Find(id) is not null && Number(text, $"{Prefix}.StatedRates[{id}]", errors, percent: true) is { } value)
                rates.Add(id, Number(value));
        }
        var stated = new YamlMappingNode { { "rates", rates } };
        if (Number(form.StatedScore, $"{Prefix}.StatedScore", errors) is { } score)
        {
            if (score is < 0 or > 100)
                errors[$"{Prefix}.StatedScore"] = "自评得分应在 0 到 100 之间";
            stated.Add("score", Number(score));
        }
        if (!string.IsNullOrWhiteSpace(form.StatedGrade))
        {
            if (GradeNames.TryParse(form.StatedGrade, out var grade))
                Put(stated, "grade", grade.ToChinese());
            else
                errors[$"{Prefix}.StatedGrade"] = "评级只能是 优、良、中、差";
        }
        return stated;
    }

    private static YamlSequenceNode ReadTasks(EvaluationForm form, Dictionary<string, string> errors)
    {
        var tasks = new YamlSequenceNode();
        for (var i = 0; i < form.Tasks.Count; i++)
        {
            var t = form.Tasks[i];
            var at = $"{Prefix}.Tasks[{i}]";
            if (IsBlank(t.Name, t.Goal, t.Outcome, t.Budget, t.Spent, t.StatedRate))
                continue;
            var task = new YamlMappingNode();
            if (string.IsNullOrWhiteSpace(t.Name))
                errors[$"{at}.Name"] = "请填写任务名称";
            Put(task, "name", t.Name);
            Put(task, "goal", t.Goal);
            Put(task, "outcome", t.Outcome);
            PutNumber(task, "budget", t.Budget, $"{at}.Budget", errors);
            PutNumber(task, "spent", t.Spent, $"{at}.Spent", errors);
            PutNumber(task, "statedRate", t.StatedRate, $"{at}.StatedRate", errors, percent: true);
            tasks.Add(task);
        }
        return tasks;
    }

    private static YamlSequenceNode ReadIndicators(EvaluationForm form, Dictionary<string, string> errors)
    {
        var indicators = new YamlSequenceNode();
        var names = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < form.Indicators.Count; i++)
        {
            var r = form.Indicators[i];
            var at = $"{Prefix}.Indicators[{i}]";
            if (IsBlank(r.Level1, r.Level2, r.Name, r.Weight, r.Formula, r.Target, r.Actual, r.Score, r.Deviation, r.Task, r.Achievement))
                continue;
            var row = new YamlMappingNode();
            if (string.IsNullOrWhiteSpace(r.Name))
                errors[$"{at}.Name"] = "请填写三级指标名称";
            else if (!names.Add($"{r.Task}\u0001{r.Name.Trim()}"))
                errors[$"{at}.Name"] = "指标名称重复：同一任务下已有同名指标";
            Put(row, "level1", r.Level1);
            Put(row, "level2", r.Level2);
            Put(row, "name", r.Name);
            var weight = PutNumber(row, "weight", r.Weight, $"{at}.Weight", errors);
            Put(row, "formula", r.Formula);
            Put(row, "target", r.Target);
            Put(row, "actual", r.Actual);
            var score = PutNumber(row, "score", r.Score, $"{at}.Score", errors);
            if (score < 0)
                errors[$"{at}.Score"] = "得分不能为负数";
            else if (score is { } s && weight is { } w && s > w)
                errors[$"{at}.Score"] = $"得分 {s} 超过分值 {w}";
            if (weight < 0)
                errors[$"{at}.Weight"] = "分值不能为负数";
            Put(row, "deviation", r.Deviation);
            Put(row, "task", r.Task);
            if (!string.IsNullOrWhiteSpace(r.Achievement))
            {
                if (Achievements.Contains(r.Achievement.Trim()))
                    Put(row, "achievement", r.Achievement);
                else
                    errors[$"{at}.Achievement"] = "完成程度只能是 达成、部分达成 或 未达成";
            }
            indicators.Add(row);
        }
        return indicators;
    }

    private static YamlMappingNode? ReadSummary(EvaluationForm form, Dictionary<string, string> errors)
    {
        if (IsBlank(form.SummaryCount, form.SummaryMet))
            return null;
        var count = Number(form.SummaryCount, $"{Prefix}.SummaryCount", errors);
        var met = Number(form.SummaryMet, $"{Prefix}.SummaryMet", errors);
        if (form.Indicators.Any(r => !string.IsNullOrWhiteSpace(r.Name)))
        {
            errors[$"{Prefix}.SummaryCount"] = "已逐项列出指标时，不再填写指标总数";
            return null;
        }
        if (count is null || met is null)
        {
            // Keep a parse error already there; ??= on a Dictionary indexer would throw for a missing key.
            errors.TryAdd($"{Prefix}.{(count is null ? "SummaryCount" : "SummaryMet")}", "指标总数与已完成数须同时填写");
            return null;
        }
        if (count != decimal.Truncate(count.Value) || met != decimal.Truncate(met.Value) || count < 0 || met < 0 || met > count)
        {
            errors[$"{Prefix}.SummaryMet"] = "已完成数应为不大于指标总数的整数";
            return null;
        }
        return new YamlMappingNode { { "count", Number(count.Value) }, { "met", Number(met.Value) } };
    }

    private static YamlMappingNode ReadAssessments(EvaluationForm form, Dictionary<string, string> errors)
    {
        var assessments = new YamlMappingNode();
        foreach (var (id, a) in form.Assessments)
        {
            var at = $"{Prefix}.Assessments[{id}]";
            var items = a.ItemsMet.Where(x => !string.IsNullOrWhiteSpace(x)).Select(Clean).Where(x => x.Length > 0).ToList();
            if (IsBlank(a.Level, a.Value, a.Score, a.Basis) && items.Count == 0)
                continue;
            var row = new YamlMappingNode();
            Put(row, "level", a.Level);
            if (items.Count > 0)
                row.Add("itemsMet", new YamlSequenceNode(items.Select(x => (YamlNode)Text(x))));
            PutNumber(row, "value", a.Value, $"{at}.Value", errors, percent: true);
            PutNumber(row, "score", a.Score, $"{at}.Score", errors);
            Put(row, "basis", a.Basis);
            assessments.Add(id, row);
        }
        return assessments;
    }

    private static decimal? Number(string? text, string name, Dictionary<string, string> errors, bool percent = false)
    {
        var (value, error) = NumberInput.Parse(text, percent);
        if (error is not null)
            errors[name] = error;
        return value;
    }

    private static decimal? PutNumber(YamlMappingNode o, string key, string? text, string name, Dictionary<string, string> errors, bool percent = false)
    {
        var value = Number(text, name, errors, percent);
        if (value is { } v)
            o.Add(key, Number(v));
        return value;
    }

    private static void Put(YamlMappingNode o, string key, string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
            return;
        var clean = Clean(text);
        if (clean.Length > 0)
            o.Add(key, Text(clean));
    }

    /// <summary>Typed text is always a string, even "null", "~" or "100": quoted, as a file would need it.</summary>
    private static YamlScalarNode Text(string text) => new(text) { Style = ScalarStyle.DoubleQuoted };

    private static YamlScalarNode Number(decimal value) => new(value.ToString(CultureInfo.InvariantCulture));

    /// <summary>Browsers send textarea lines as CRLF; the file keeps LF.</summary>
    /// <summary>
    /// Line breaks as one "\n", and no invisible control characters (pasted from web pages, PDFs and spreadsheets): an
    /// evaluation file may not hold them, so neither may what the form saves.
    /// </summary>
    private static string Clean(string text) =>
        InvisibleCharacters.Remove(text.Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n')).Trim();

    private static bool IsBlank(params string?[] values) => values.All(string.IsNullOrWhiteSpace);
}
