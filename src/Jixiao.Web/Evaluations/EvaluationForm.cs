using Jixiao.Core.Evaluations;
using Jixiao.Core.Scoring;
using Jixiao.Documents.Evaluations;

namespace Jixiao.Web.Evaluations;

/// <summary>
/// The evaluation page's fields exactly as typed: numbers stay text until <see cref="EvaluationFormReader"/> reads
/// them, so a value that is not a number comes back to the page as typed, with the error beside it.
/// </summary>
[Microsoft.AspNetCore.Mvc.ModelBinder(typeof(EvaluationFormBinder))]
public sealed class EvaluationForm
{
    public string? Region { get; set; }

    /// <summary>report (自评报告) or table (自评表): what the department files.</summary>
    public string Kind { get; set; } = "report";

    /// <summary>Figures by their path in the evaluation file (budget.total …).</summary>
    public Dictionary<string, string?> Figures { get; set; } = new(StringComparer.Ordinal);

    /// <summary>Rates the document states, by rate id, in percent.</summary>
    public Dictionary<string, string?> StatedRates { get; set; } = new(StringComparer.Ordinal);

    public string? StatedScore { get; set; }

    public string? StatedGrade { get; set; }

    public string? AnnualGoal { get; set; }

    public List<TaskRow> Tasks { get; set; } = [];

    public List<IndicatorRow> Indicators { get; set; } = [];

    /// <summary>Only when the indicators are known by count alone (“20 项指标均已完成”).</summary>
    public string? SummaryCount { get; set; }

    public string? SummaryMet { get; set; }

    /// <summary>Judgements on the scheme's own fixed indicators, by scheme node id.</summary>
    public Dictionary<string, AssessmentRow> Assessments { get; set; } = new(StringComparer.Ordinal);

    /// <summary>Narrative sections by outline section id.</summary>
    public Dictionary<string, string?> Narrative { get; set; } = new(StringComparer.Ordinal);

    /// <summary>The record version the page was loaded at; a save against a newer one is a conflict.</summary>
    public int Version { get; set; }

    public static EvaluationForm From(Evaluation e, int version) => new()
    {
        Region = e.Region,
        Kind = e.Kind == DocumentKind.Table ? "table" : "report",
        Figures = FigureFields.All.Where(f => f.Get(e.Figures) is not null)
            .ToDictionary(f => f.Path, f => (string?)NumberInput.Format(f.Get(e.Figures)), StringComparer.Ordinal),
        StatedRates = e.Stated.Rates.ToDictionary(r => r.Key, r => (string?)NumberInput.Format(r.Value), StringComparer.Ordinal),
        StatedScore = NumberInput.Format(e.Stated.Score),
        StatedGrade = e.Stated.Grade?.ToChinese(),
        AnnualGoal = e.AnnualGoal,
        Tasks = e.Tasks.Select(t => new TaskRow
        {
            Name = t.Name,
            Goal = t.Goal,
            Outcome = t.Outcome,
            Budget = NumberInput.Format(t.Budget),
            Spent = NumberInput.Format(t.Spent),
            StatedRate = NumberInput.Format(t.StatedRate),
        }).ToList(),
        Indicators = e.Indicators.Select(i => new IndicatorRow
        {
            Level1 = i.Level1,
            Level2 = i.Level2,
            Name = i.Name,
            Weight = NumberInput.Format(i.Weight),
            Formula = i.Formula,
            Target = i.Target.Text is { Length: > 0 } t ? t : null,
            Actual = i.Actual?.Text,
            Score = NumberInput.Format(i.StatedScore),
            Deviation = i.Deviation,
            Task = i.Task,
            Achievement = i.Achievement,
        }).ToList(),
        SummaryCount = e.IndicatorSummary?.Count.ToString(System.Globalization.CultureInfo.InvariantCulture),
        SummaryMet = e.IndicatorSummary?.Met.ToString(System.Globalization.CultureInfo.InvariantCulture),
        Assessments = e.Assessments.ToDictionary(a => a.Key, a => new AssessmentRow
        {
            Level = a.Value.Level,
            ItemsMet = a.Value.ItemsMet.ToList(),
            Value = NumberInput.Format(a.Value.Value),
            Score = NumberInput.Format(a.Value.StatedScore),
            Basis = a.Value.Basis,
        }, StringComparer.Ordinal),
        Narrative = e.Narrative.ToDictionary(n => n.Key, n => (string?)n.Value, StringComparer.Ordinal),
        Version = version,
    };
}
