namespace Jixiao.Web.Data;

/// <summary>A reviewer sees and reviews only the departments assigned to them.</summary>
public sealed class ReviewerAssignment
{
    public required string UserId { get; set; }

    public int DepartmentId { get; set; }

    public Department? Department { get; set; }
}
