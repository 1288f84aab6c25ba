namespace Jixiao.Web.Data;

/// <summary>A 部门 that files a self-evaluation every year.</summary>
public sealed class Department
{
    public int Id { get; set; }

    public string Name { get; set; } = "";

    /// <summary>行政区划, e.g. 广东省广州市花都区.</summary>
    public string? Region { get; set; }

    /// <summary>The reviewers (审核人) assigned to this department.</summary>
    public List<ReviewerAssignment> Reviewers { get; set; } = [];
}
