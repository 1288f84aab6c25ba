namespace Jixiao.Documents.Report;

/// <summary>Choices a filer makes when printing: whether to add the cover page and the date it carries.</summary>
public sealed class ReportOptions
{
    /// <summary>A cover page with 部门名称, 年度, 填报日期 and room for the seal; on by default.</summary>
    public bool Cover { get; init; } = true;

    /// <summary>填报日期 on the cover; today when not given.</summary>
    public DateOnly? FilledOn { get; init; }

    public static ReportOptions Default { get; } = new();
}
