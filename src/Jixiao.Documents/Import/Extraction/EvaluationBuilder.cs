using System.Text.RegularExpressions;
using Jixiao.Core.Audit;
using Jixiao.Core.Evaluations;
using Jixiao.Core.Indicators;
using Jixiao.Core.Schemes;
using Jixiao.Core.Scoring;
using Jixiao.Core.Scoring.Rules;
using Jixiao.Documents.Import.Structure;

namespace Jixiao.Documents.Import.Extraction;

/// <summary>
/// Turns what was read (<see cref="DocumentFacts"/>) into the model under the matched scheme: one value per figure
/// (when the document states a figure twice differently, the value its other figures confirm, and a
/// <see cref="Conflict"/>), the indicators (rows that name one of the scheme's own leaves become that leaf's
/// assessment), the narrative by outline section, and where each thing was read.
/// </summary>
internal sealed partial class EvaluationBuilder(DocumentFacts facts, Scheme scheme, DocumentLayout layout)
{
    private readonly Evidence _evidence = new();
    private readonly List<Conflict> _conflicts = [];

    public Evidence Evidence => _evidence;

    public IReadOnlyList<Conflict> Conflicts => _conflicts;

    public Evaluation Build()
    {
        ReadSections();
        var values = ChooseValues();
        var rates = FigureValues.Rates(values);
        var grade = ChooseGrade();
        var (indicators, assessments) = Indicators();
        var evaluation = new Evaluation
        {
            Department = facts.Department ?? "",
            Region = RegionOf(facts.Department),
            Year = facts.Year ?? 0,
            SchemeId = scheme.Id,
            Kind = facts.Kind,
            Figures = FigureValues.ToFigures(values),
            Tasks = Tasks(),
            Indicators = indicators,
            IndicatorSummary = indicators.Count == 0 && facts.StatedIndicators is { Met: { } met } stated ? new IndicatorSummary(stated.Count, met) : null,
            Assessments = assessments,
            Stated = new Stated
            {
                Rates = rates,
                Score = values.TryGetValue(Paths.SelfScore, out var score) ? score : null,
                Grade = grade,
            },
            AnnualGoal = facts.AnnualGoal ?? GoalFromNarrative(),
            Narrative = facts.Narrative,
        };
        LocateMissingFigures(evaluation);
        return evaluation;
    }

    /// <summary>
    /// Whether the stated scores can be summed with confidence: the weights of the rows read, plus the scheme leaves
    /// scored from elsewhere, make the table's 总分 (or the scheme's 100). Otherwise a row may have been missed.
    /// </summary>
    public bool ScoresComplete(Evaluation evaluation)
    {
        if (facts.Indicators.Count == 0)
            return true;
        if (facts.Indicators.Any(i => i.Weight is null))
            return false;
        var read = facts.Indicators.Sum(i => i.Weight!.Value);
        var fromRows = facts.Indicators.Select(i => Key(i.Name)).ToHashSet(StringComparer.Ordinal);
        foreach (var node in scheme.AllNodes())
        {
            if (evaluation.Assessments.ContainsKey(node.Id) && !fromRows.Contains(Key(node.Name)))
                read += node.Weight;
        }
        return read == (facts.TableWeight ?? scheme.TotalWeight);
    }

    /// <summary>The indicators the document lists, or the count it states.</summary>
    public int? IndicatorCount => facts.Indicators.Count > 0 ? facts.Indicators.Count : facts.StatedIndicators?.Count;

    private Dictionary<string, decimal> ChooseValues()
    {
        var values = new Dictionary<string, decimal>(StringComparer.Ordinal);
        var groups = facts.Mentions.OrderBy(m => m.Line.Number).GroupBy(m => m.Path, StringComparer.Ordinal).ToList();
        var contested = new List<IGrouping<string, Mention>>();
        foreach (var group in groups)
        {
            var first = group.FirstOrDefault(m => m.FromTable) ?? group.First();
            values[group.Key] = first.Value;
            _evidence.Add(group.Key, first.Line, first.Quote);
            if (group.Any(m => !Agree(m.Value, first.Value)))
                contested.Add(group);
        }
        if (values.TryGetValue(Paths.Rate("execution"), out _) || values.ContainsKey(Paths.Rate("completion")))
        {
            var rate = facts.Mentions.First(m => m.Path is "rates.execution" or "rates.completion");
            _evidence.Add("executionRate", rate.Line, rate.Quote);
        }
        foreach (var group in contested)
            Resolve(group, values);
        return values;
    }

    /// <summary>
    /// Tries each value the document gives for a figure against the others (sums and rates, by the audit itself) and
    /// keeps the one with the fewest contradictions; ties keep the table's value, then the first stated.
    /// </summary>
    private void Resolve(IGrouping<string, Mention> group, Dictionary<string, decimal> values)
    {
        var candidates = new List<(Mention Mention, int Errors)>();
        foreach (var mention in group.OrderByDescending(m => m.FromTable))
        {
            if (candidates.Any(c => Agree(c.Mention.Value, mention.Value)))
                continue;
            var trial = new Dictionary<string, decimal>(values, StringComparer.Ordinal) { [group.Key] = mention.Value };
            candidates.Add((mention, Contradictions(trial)));
        }
        var kept = candidates.OrderBy(c => c.Errors).First();
        values[group.Key] = kept.Mention.Value;
        foreach (var (other, errors) in candidates)
        {
            if (!Agree(other.Value, kept.Mention.Value))
                _conflicts.Add(new Conflict(group.Key, kept.Mention, other, errors > kept.Errors));
        }
    }

    /// <summary>Two statements of a figure agree when the finer rounds (四舍五入) to the coarser: "94.49%" and "94.5%".</summary>
    internal static bool Agree(decimal a, decimal b)
    {
        var scale = Math.Min(Scale(a), Scale(b));
        return Math.Round(a, scale, MidpointRounding.AwayFromZero) == Math.Round(b, scale, MidpointRounding.AwayFromZero);
    }

    /// <summary>Decimals actually written: 3521.840000 (from 元) counts as 3521.84.</summary>
    private static int Scale(decimal d) => Money.WithoutTrailingZeros(d).Scale;

    private int Contradictions(Dictionary<string, decimal> values)
    {
        var trial = new Evaluation
        {
            Department = "",
            Year = 0,
            SchemeId = scheme.Id,
            Figures = FigureValues.ToFigures(values),
            Stated = new Stated { Rates = FigureValues.Rates(values) },
        };
        return Auditor.Run(trial, scheme).Findings.Count(f => f.Severity == Severity.Error && f.Kind is FindingKinds.RateMismatch or FindingKinds.SumMismatch);
    }

    /// <summary>A table's grade first; a second, different grade is a conflict like any figure's.</summary>
    private Grade? ChooseGrade()
    {
        if (facts.Grades.Count == 0)
            return null;
        var kept = facts.Grades.FirstOrDefault(g => g.FromTable);
        if (kept == default)
            kept = facts.Grades[0];
        _evidence.Add(Paths.Grade, kept.Line, kept.Quote);
        foreach (var other in facts.Grades)
        {
            if (other.Grade != kept.Grade)
            {
                _conflicts.Add(new Conflict(Paths.Grade, new Mention(Paths.Grade, (int)kept.Grade, kept.Line, kept.Quote, kept.FromTable),
                    new Mention(Paths.Grade, (int)other.Grade, other.Line, other.Quote, other.FromTable), false));
                break;
            }
        }
        return kept.Grade;
    }

    private List<KeyTask> Tasks()
    {
        var tasks = new List<KeyTask>();
        foreach (var draft in facts.Tasks)
        {
            tasks.Add(new KeyTask { Name = draft.Name, Goal = draft.Goal, Outcome = draft.Outcome, Budget = draft.Budget, Spent = draft.Spent, StatedRate = draft.Rate });
            _evidence.Add("task:" + draft.Name, draft.Line, draft.Quote.Length > 0 ? draft.Quote : draft.Name);
        }
        return tasks;
    }

    /// <summary>
    /// Rows naming one of the scheme's own leaves (绩效目标合理性, 预算执行率 …) are that leaf's assessment; the rest are the
    /// department's indicators. The 预算执行率 score of a funds table or a sentence goes to the scheme's execution leaf.
    /// </summary>
    private (List<Indicator>, Dictionary<string, Assessment>) Indicators()
    {
        var leaves = scheme.AllNodes().Where(n => !n.IsGroup && n.Rule is not DepartmentIndicatorsRule).ToList();
        var indicators = new List<Indicator>();
        var assessments = new Dictionary<string, Assessment>(StringComparer.Ordinal);
        foreach (var draft in facts.Indicators)
        {
            // A row weighted otherwise than the leaf it is named after follows another scheme: it stays the department's.
            var leaf = leaves.FirstOrDefault(n => Key(n.Name) == Key(draft.Name) && (draft.Weight is null || draft.Weight == n.Weight));
            if (leaf is not null && draft.Score is not null && !assessments.ContainsKey(leaf.Id))
            {
                assessments[leaf.Id] = new Assessment { StatedScore = draft.Score, Basis = draft.Remark };
                _evidence.Add("node:" + leaf.Id, draft.Line, draft.Quote);
                continue;
            }
            indicators.Add(new Indicator
            {
                Level1 = draft.Level1,
                Level2 = draft.Level2,
                Name = draft.Name,
                Weight = draft.Weight,
                Target = Target.Parse(draft.Target),
                Actual = draft.Actual is null ? null : Target.Parse(draft.Actual),
                Formula = draft.Formula,
                StatedScore = draft.Score,
                Deviation = draft.Remark,
                Task = draft.Task,
                Place = draft.Line.Place,
            });
            _evidence.Add("indicator:" + draft.Name, draft.Line, draft.Quote);
        }
        if (facts.Indicators.Count > 0)
            _evidence.Add("indicators", facts.Indicators[0].Line, facts.Indicators[0].Quote);
        else if (facts.StatedIndicators is { } stated)
            _evidence.Add("indicators", stated.Line, stated.Quote);

        // A score above the leaf's weight, with no weight stated, was given under another scheme's weight: not this leaf's.
        if (facts.ExecutionScore is { } execution && leaves.FirstOrDefault(n => n.Rule is ExecutionRateRule) is { } executionLeaf && !assessments.ContainsKey(executionLeaf.Id)
            && (facts.ExecutionWeight is null ? execution.Value <= executionLeaf.Weight : facts.ExecutionWeight == executionLeaf.Weight))
        {
            assessments[executionLeaf.Id] = new Assessment { StatedScore = execution.Value };
            _evidence.Add("node:" + executionLeaf.Id, execution.Line, execution.Quote);
        }
        // "18 项绩效指标得分 90 分": the slot's score, when the indicators are not listed and the scheme has one slot.
        var slots = scheme.AllNodes().Where(n => n.Rule is DepartmentIndicatorsRule).ToList();
        if (facts.IndicatorsScore is { } slotScore && indicators.Count == 0 && slots.Count == 1 && slotScore.Value <= slots[0].Weight)
        {
            assessments[slots[0].Id] = new Assessment { StatedScore = slotScore.Value };
            _evidence.Add("node:" + slots[0].Id, slotScore.Line, slotScore.Quote);
        }
        return (indicators, assessments);
    }

    private static string Key(string name) => Words.Core(name);

    /// <summary>Each outline section the document has: its heading's line and its text, up to the next heading.</summary>
    private void ReadSections()
    {
        var found = SchemeMatcher.FindSections(scheme, layout.Headings);
        // A form follows a report outline only if it has most of its parts; one row label that happens to match a
        // section title does not make the form a report with missing sections.
        var top = scheme.Outline.Sections;
        if (facts.Kind == DocumentKind.Table && top.Count(t => found.Any(f => t.SelfAndDescendants().Contains(f.Section))) * 2 < top.Count)
            return;
        var starts = found.Select(f => f.Heading.Order).Distinct().Order().ToList();
        foreach (var (section, heading) in found)
        {
            facts.SectionLines.TryAdd(section.Id, heading.Line);
            var next = starts.FirstOrDefault(s => s > heading.Order, int.MaxValue);
            var text = string.Join("\n", layout.Passages.Where(p => p.Line.Number > heading.Order && p.Line.Number < next).Select(p => p.Text));
            if (text.Length == 0)
                text = layout.Rows.FirstOrDefault(r => r.Line.Number == heading.Order)?.Quote ?? heading.Core;
            facts.Narrative.TryAdd(section.Id, text);
        }
    }

    /// <summary>A figure a section must state but the document does not: the finding points at that section's heading.</summary>
    private void LocateMissingFigures(Evaluation evaluation)
    {
        foreach (var section in scheme.Outline.AllSections())
        {
            if (!facts.SectionLines.TryGetValue(section.Id, out var line))
                continue;
            foreach (var path in section.Figures)
            {
                if (!FigurePath.IsStated(evaluation, path))
                    _evidence.Add(path, line, section.Title);
            }
        }
    }

    private string? GoalFromNarrative()
    {
        foreach (var section in scheme.Outline.AllSections())
        {
            if ((section.Title.Contains("绩效目标", StringComparison.Ordinal) || section.Title.Contains("总体目标", StringComparison.Ordinal))
                && facts.Narrative.TryGetValue(section.Id, out var text) && text.Length > 0)
                return text;
        }
        return null;
    }

    /// <summary>"广州市花都区机关事务管理局" → 广州市花都区: the place its name begins with.</summary>
    private static string? RegionOf(string? department)
    {
        if (department is null)
            return null;
        var m = RegionPattern().Match(department);
        return m.Success && m.Length >= 3 ? m.Value : null;
    }

    [GeneratedRegex(@"^(?:\p{IsCJKUnifiedIdeographs}{2,3}省|\p{IsCJKUnifiedIdeographs}{2,6}自治区)?(?:\p{IsCJKUnifiedIdeographs}{2,4}?市)?(?:\p{IsCJKUnifiedIdeographs}{2,3}?[区县旗])?")]
    private static partial Regex RegionPattern();
}
