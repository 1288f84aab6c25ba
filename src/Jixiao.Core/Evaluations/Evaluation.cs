using Jixiao.Core.Indicators;

namespace Jixiao.Core.Evaluations;

/// <summary>A department's self-evaluation (部门整体支出绩效自评) for one year under one scheme.</summary>
public sealed class Evaluation
{
    public required string Department { get; init; }

    /// <summary>行政区划, e.g. 广东省广州市花都区.</summary>
    public string? Region { get; init; }

    public required int Year { get; init; }

    /// <summary>The scheme id (a file in schemes/) the evaluation is scored under.</summary>
    public required string SchemeId { get; init; }

    /// <summary>What the source is: a narrative report or a self-evaluation table.</summary>
    public DocumentKind Kind { get; init; } = DocumentKind.Report;

    public Figures.Figures Figures { get; init; } = new();

    public IReadOnlyList<KeyTask> Tasks { get; init; } = [];

    public IReadOnlyList<Indicator> Indicators { get; init; } = [];

    /// <summary>When the indicators are known only by count and completion.</summary>
    public IndicatorSummary? IndicatorSummary { get; init; }

    /// <summary>Judgements on the scheme's own fixed indicators (绩效目标合理性 …), keyed by scheme node id.</summary>
    public IReadOnlyDictionary<string, Assessment> Assessments { get; init; } = new Dictionary<string, Assessment>();

    public Stated Stated { get; init; } = new();

    /// <summary>年度总体目标 as written.</summary>
    public string? AnnualGoal { get; init; }

    /// <summary>Narrative sections keyed by the section ids of <see cref="Outline"/> or of the scheme's outline.</summary>
    public IReadOnlyDictionary<string, string> Narrative { get; init; } = new Dictionary<string, string>();

    /// <summary>
    /// The document's own headings when it does not follow the scheme's outline (seed 003 keeps the 2022 headings
    /// under the 2023 scheme); empty when it follows the scheme. A report is laid out by these, the scheme adding
    /// only the sections they lack.
    /// </summary>
    public IReadOnlyList<Schemes.OutlineSection> Outline { get; init; } = [];

    /// <summary>填报日期, when the department has set it.</summary>
    public DateOnly? FiledOn { get; init; }
}

public enum DocumentKind
{
    Report,
    Table,
}
