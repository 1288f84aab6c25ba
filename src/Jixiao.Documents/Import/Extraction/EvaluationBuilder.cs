using System.Text.RegularExpressions;
using Jixiao.Core.Evaluations;
using Jixiao.Core.Indicators;
using Jixiao.Core.Schemes;
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
        NarrativeSections.Read(facts, scheme, layout);
        var choice = new FigureChoice(facts, scheme, _evidence, _conflicts);
        var values = choice.Values();
        var rates = FigureValues.Rates(values);
        var grade = choice.Grade();
        var (indicators, assessments) = IndicatorPlacement.Place(facts, scheme, _evidence);
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
            AnnualGoal = facts.AnnualGoal ?? NarrativeSections.Goal(facts, scheme),
            Narrative = facts.Narrative,
        };
        NarrativeSections.LocateMissingFigures(evaluation, facts, scheme, _evidence);
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
        var fromRows = facts.Indicators.Select(i => IndicatorPlacement.Key(i.Name)).ToHashSet(StringComparer.Ordinal);
        foreach (var node in scheme.AllNodes())
        {
            if (evaluation.Assessments.ContainsKey(node.Id) && !fromRows.Contains(IndicatorPlacement.Key(node.Name)))
                read += node.Weight;
        }
        return read == (facts.TableWeight ?? scheme.TotalWeight);
    }

    /// <summary>The indicators the document lists, or the count it states.</summary>
    public int? IndicatorCount => facts.Indicators.Count > 0 ? facts.Indicators.Count : facts.StatedIndicators?.Count;

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
