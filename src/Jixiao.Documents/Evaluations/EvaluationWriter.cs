using System.Globalization;
using Jixiao.Core.Evaluations;
using Jixiao.Core.Figures;
using Jixiao.Core.Indicators;
using Jixiao.Core.Schemes;
using Jixiao.Core.Scoring;
using Jixiao.Documents.Yaml;

namespace Jixiao.Documents.Evaluations;

/// <summary>
/// Writes an evaluation as an evaluation file (docs/formats.md) that <see cref="EvaluationFile"/> reads back to the
/// same evaluation, in the samples' key order. Only what is set is written; writing what was read from a written
/// file gives the same text again, so stored revisions differ only where the evaluation does.
/// </summary>
public static class EvaluationWriter
{
    public static string Write(Evaluation evaluation)
    {
        using var text = new StringWriter(CultureInfo.InvariantCulture);
        var yaml = new YamlWriter(text);
        yaml.BeginMap();
        yaml.Field("department", evaluation.Department);
        yaml.Field("region", evaluation.Region);
        yaml.Field("year", evaluation.Year);
        yaml.Field("scheme", evaluation.SchemeId);
        yaml.Field("kind", evaluation.Kind == DocumentKind.Table ? "table" : "report");
        yaml.Field("filedOn", evaluation.FiledOn?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        WriteFigures(yaml, evaluation.Figures);
        WriteStated(yaml, evaluation.Stated);
        yaml.Field("annualGoal", evaluation.AnnualGoal);
        WriteList(yaml, "tasks", evaluation.Tasks, WriteTask);
        WriteList(yaml, "indicators", evaluation.Indicators, WriteIndicator);
        if (evaluation.IndicatorSummary is { } summary)
        {
            yaml.Key("indicatorSummary");
            yaml.BeginMap(flow: true);
            yaml.Field("count", summary.Count);
            yaml.Field("met", summary.Met);
            yaml.EndMap();
        }
        WriteAssessments(yaml, evaluation.Assessments);
        if (evaluation.Outline.Count > 0)
        {
            yaml.Key("outline");
            WriteSections(yaml, evaluation.Outline);
        }
        if (evaluation.Narrative.Count > 0)
        {
            yaml.Key("narrative");
            yaml.BeginMap();
            foreach (var (section, body) in evaluation.Narrative)
                yaml.Field(section, body);
            yaml.EndMap();
        }
        yaml.EndMap();
        yaml.Finish();
        return text.ToString();
    }

    /// <summary>
    /// The figures that are set, from the <see cref="FigureFields"/> table: "budget.total" goes into a flow map
    /// under "budget", "fundsReceived" straight under figures; a group with nothing set is left out.
    /// </summary>
    private static void WriteFigures(YamlWriter yaml, Figures figures)
    {
        var set = FigureFields.All
            .Select(f => (Field: f, Value: f.Get(figures)))
            .Where(x => x.Value is not null)
            .GroupBy(x => x.Field.Path.Split('.')[0], StringComparer.Ordinal)
            .ToList();
        if (set.Count == 0)
            return;
        yaml.Key("figures");
        yaml.BeginMap();
        foreach (var group in set)
        {
            var nested = group.First().Field.Path.Contains('.', StringComparison.Ordinal);
            if (!nested)
            {
                yaml.Field(group.Key, group.Single().Value);
                continue;
            }
            yaml.Key(group.Key);
            yaml.BeginMap(flow: true);
            foreach (var (field, value) in group)
                yaml.Field(field.Path[(group.Key.Length + 1)..], value);
            yaml.EndMap();
        }
        yaml.EndMap();
    }

    private static void WriteStated(YamlWriter yaml, Stated stated)
    {
        if (stated.Rates.Count == 0 && stated.Score is null && stated.Grade is null)
            return;
        yaml.Key("stated");
        yaml.BeginMap();
        if (stated.Rates.Count > 0)
        {
            yaml.Key("rates");
            yaml.BeginMap(flow: true);
            foreach (var (rate, value) in stated.Rates.OrderBy(r => RateOrder(r.Key)).ThenBy(r => r.Key, StringComparer.Ordinal))
                yaml.Field(rate, value);
            yaml.EndMap();
        }
        yaml.Field("score", stated.Score);
        yaml.Field("grade", stated.Grade?.ToChinese());
        yaml.EndMap();
    }

    /// <summary>Rates in the order of Rates.All, whatever order they were stated in, so one set is always one text.</summary>
    private static int RateOrder(string id)
    {
        var all = Core.Rates.Rates.All;
        for (var i = 0; i < all.Count; i++)
        {
            if (all[i].Id == id)
                return i;
        }
        return int.MaxValue;
    }

    private static void WriteList<T>(YamlWriter yaml, string key, IReadOnlyList<T> items, Action<YamlWriter, T> write)
    {
        if (items.Count == 0)
            return;
        yaml.Key(key);
        yaml.BeginList();
        foreach (var item in items)
        {
            yaml.BeginMap();
            write(yaml, item);
            yaml.EndMap();
        }
        yaml.EndList();
    }

    /// <summary>The evaluation's own outline, as the scheme files write theirs: a leaf on one line.</summary>
    private static void WriteSections(YamlWriter yaml, IReadOnlyList<OutlineSection> sections)
    {
        yaml.BeginList();
        foreach (var section in sections)
        {
            yaml.BeginMap(flow: section.Children.Count == 0);
            yaml.Field("id", section.Id);
            yaml.Field("title", section.Title);
            if (section.Children.Count > 0)
            {
                yaml.Key("children");
                WriteSections(yaml, section.Children);
            }
            yaml.EndMap();
        }
        yaml.EndList();
    }

    private static void WriteTask(YamlWriter yaml, KeyTask task)
    {
        yaml.Field("name", task.Name);
        yaml.Field("goal", task.Goal);
        yaml.Field("outcome", task.Outcome);
        yaml.Field("budget", task.Budget);
        yaml.Field("spent", task.Spent);
        yaml.Field("statedRate", task.StatedRate);
    }

    private static void WriteIndicator(YamlWriter yaml, Indicator indicator)
    {
        // The reader makes a missing level "" and a missing target an empty Target: both mean "not set".
        yaml.Field("level1", Unset(indicator.Level1));
        yaml.Field("level2", Unset(indicator.Level2));
        yaml.Field("name", indicator.Name);
        yaml.Field("weight", indicator.Weight);
        yaml.Field("formula", indicator.Formula);
        yaml.Field("target", Unset(indicator.Target.Text));
        yaml.Field("actual", indicator.Actual?.Text);
        yaml.Field("score", indicator.StatedScore);
        yaml.Field("deviation", indicator.Deviation);
        yaml.Field("task", indicator.Task);
        yaml.Field("achievement", indicator.Achievement);
    }

    private static string? Unset(string text) => text.Length == 0 ? null : text;

    private static void WriteAssessments(YamlWriter yaml, IReadOnlyDictionary<string, Assessment> assessments)
    {
        if (assessments.Count == 0)
            return;
        yaml.Key("assessments");
        yaml.BeginMap();
        foreach (var (node, assessment) in assessments)
        {
            yaml.Key(node);
            yaml.BeginMap();
            yaml.Field("level", assessment.Level);
            if (assessment.ItemsMet.Count > 0)
            {
                yaml.Key("itemsMet");
                yaml.BeginList(flow: true);
                foreach (var item in assessment.ItemsMet)
                    yaml.Text(item);
                yaml.EndList();
            }
            yaml.Field("value", assessment.Value);
            yaml.Field("score", assessment.StatedScore);
            yaml.Field("basis", assessment.Basis);
            yaml.EndMap();
        }
        yaml.EndMap();
    }
}
