using Jixiao.Core.Evaluations;
using Jixiao.Core.Scoring;

namespace Jixiao.Documents.Import.Extraction;

/// <summary>
/// Everything read from one document, as found: every mention of every figure with its line, the tables' indicators
/// and tasks, the title fields. <see cref="EvaluationBuilder"/> turns it into the model.
/// </summary>
internal sealed class DocumentFacts
{
    public string? Department { get; set; }

    /// <summary>Other names the document gives the department (its title says one, its form field another), with where.</summary>
    public List<(string Name, SourceLine Line)> OtherDepartments { get; } = [];

    public string? Title { get; set; }

    public int? Year { get; set; }

    public DocumentKind Kind { get; set; } = DocumentKind.Report;

    private readonly Dictionary<string, int> _units = new(StringComparer.Ordinal);

    /// <summary>The unit the document writes most of its amounts in (万元 or 元), null when it states none.</summary>
    public string? Unit => _units.Count == 0 ? null : _units.OrderByDescending(u => u.Value).First().Key;

    public List<Mention> Mentions { get; } = [];

    public List<(Grade Grade, SourceLine Line, string Quote, bool FromTable)> Grades { get; } = [];

    public List<TaskDraft> Tasks { get; } = [];

    public List<IndicatorDraft> Indicators { get; } = [];

    /// <summary>Stated scores of the scheme's fixed leaves, by node id (预算执行率 9.74 …).</summary>
    public Dictionary<string, Mention> NodeScores { get; } = new(StringComparer.Ordinal);

    /// <summary>"设立了 20 项细化指标，均已完成": the count, how many are met when said, and where.</summary>
    public (int Count, int? Met, SourceLine Line, string Quote)? StatedIndicators { get; set; }

    /// <summary>The points the document gives its indicators as a whole ("18 项绩效指标得分 90 分").</summary>
    public Mention? IndicatorsScore { get; set; }

    /// <summary>The points the document gives 预算执行率 in its narrative ("预算执行率得分 9.91 分").</summary>
    public Mention? ExecutionScore { get; set; }

    /// <summary>The 分值 of the score table's 总分/合计 row (100), to tell whether every row was read.</summary>
    public decimal? TableWeight { get; set; }

    /// <summary>The 分值 the funds table gives 预算执行率 (10 in the national form).</summary>
    public decimal? ExecutionWeight { get; set; }

    public string? AnnualGoal { get; set; }

    /// <summary>Outline section id → its text, for the sections the document has.</summary>
    public Dictionary<string, string> Narrative { get; } = new(StringComparer.Ordinal);

    /// <summary>Outline section id → the line of its heading.</summary>
    public Dictionary<string, SourceLine> SectionLines { get; } = new(StringComparer.Ordinal);

    public void Add(string path, decimal value, SourceLine line, string quote, bool fromTable) =>
        Mentions.Add(new Mention(path, value, line, quote, fromTable));

    /// <summary>An amount written in <paramref name="unit"/>, kept in 万元.</summary>
    public void AddMoney(string path, decimal value, string unit, SourceLine line, string quote, bool fromTable)
    {
        _units[unit] = _units.GetValueOrDefault(unit) + 1;
        Add(path, Money.ToWan(value, unit), line, quote, fromTable);
    }

    public TaskDraft Task(string name, SourceLine line)
    {
        foreach (var task in Tasks)
        {
            if (task.Name == name)
                return task;
        }
        var created = new TaskDraft(name, line);
        Tasks.Add(created);
        return created;
    }
}
