namespace Jixiao.Web.Data;

/// <summary>A reviewer's 复核 of one scored item: the score they give and why.</summary>
public sealed class Rescore
{
    public int Id { get; set; }

    public int EvaluationRecordId { get; set; }

    /// <summary>The scored item's id on the score card (scheme node or department indicator).</summary>
    public required string ItemId { get; set; }

    public required string ItemName { get; set; }

    public decimal? OriginalScore { get; set; }

    public decimal ReviewedScore { get; set; }

    public string Comment { get; set; } = "";

    public required string ReviewerName { get; set; }

    public DateTime At { get; set; }
}
