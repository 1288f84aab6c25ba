namespace Jixiao.Web.Data;

/// <summary>
/// One department's self-evaluation of one year, as filed: its status, the current revision and what lists need
/// (score, grade, error count) copied from that revision so inboxes never parse YAML.
/// </summary>
public sealed class EvaluationRecord
{
    public int Id { get; set; }

    public int DepartmentId { get; set; }

    public Department? Department { get; set; }

    public int? RoundId { get; set; }

    public Round? Round { get; set; }

    public int Year { get; set; }

    public required string SchemeId { get; set; }

    public EvaluationStatus Status { get; set; }

    /// <summary>The latest revision's content (samples/*.yaml format); every revision is kept in <see cref="Revisions"/>.</summary>
    public required string Content { get; set; }

    /// <summary>The number of the latest revision.</summary>
    public int RevisionNumber { get; set; }

    public List<Revision> Revisions { get; set; } = [];

    public decimal? Score { get; set; }

    public string? Grade { get; set; }

    public int ErrorCount { get; set; }

    /// <summary>The reviewer's reasons the last time it was returned.</summary>
    public string? ReturnReason { get; set; }

    public DateTime UpdatedAt { get; set; }

    public DateTime? SubmittedAt { get; set; }

    public DateTime? PublishedAt { get; set; }

    /// <summary>Raised on every change: two people saving the same version get a conflict, not an overwrite.</summary>
    public int Version { get; set; }
}
