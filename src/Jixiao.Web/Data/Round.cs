namespace Jixiao.Web.Data;

/// <summary>A 年度自评任务: the year evaluated, the scheme, the deadline; each assigned department gets a draft.</summary>
public sealed class Round
{
    public int Id { get; set; }

    public required string Title { get; set; }

    public int Year { get; set; }

    public required string SchemeId { get; set; }

    public DateOnly Deadline { get; set; }

    public DateTime CreatedAt { get; set; }
}
