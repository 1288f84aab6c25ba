namespace Jixiao.Documents.Import.Extraction;

/// <summary>A 重点任务 or a named project as read so far, before it becomes a <see cref="Core.Indicators.KeyTask"/>.</summary>
internal sealed class TaskDraft(string name, SourceLine line)
{
    public string Name { get; } = name;

    public SourceLine Line { get; } = line;

    public string? Goal { get; set; }

    public string? Outcome { get; set; }

    public decimal? Budget { get; set; }

    public decimal? Spent { get; set; }

    public decimal? Rate { get; set; }

    public string Quote { get; set; } = "";
}
