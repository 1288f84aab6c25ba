namespace Jixiao.Web.Evaluations;

/// <summary>A 重点任务 row.</summary>
public sealed class TaskRow
{
    public string? Name { get; set; }

    public string? Goal { get; set; }

    public string? Outcome { get; set; }

    public string? Budget { get; set; }

    public string? Spent { get; set; }

    public string? StatedRate { get; set; }
}
