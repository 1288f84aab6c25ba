namespace Jixiao.Documents.Report;

/// <summary>Choices a filer makes when printing: the cover page, the date it carries, and the 草稿 mark.</summary>
public sealed class ReportOptions
{
    /// <summary>A cover page with 部门名称, 年度, 填报日期 and room for the seal; on by default.</summary>
    public bool Cover { get; init; } = true;

    /// <summary>填报日期 on the cover when the evaluation does not set one; left blank for the department to fill when neither does.</summary>
    public DateOnly? FilledOn { get; init; }

    /// <summary>Marks every page 草稿: the evaluation still has errors or lacks required parts (see <see cref="DocumentReview"/>).</summary>
    public bool Draft { get; init; }

    public static ReportOptions Default { get; } = new();
}
