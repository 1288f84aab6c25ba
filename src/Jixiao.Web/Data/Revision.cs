namespace Jixiao.Web.Data;

/// <summary>One saved state of an evaluation, never changed once written: the evaluation file (YAML) as saved.</summary>
public sealed class Revision
{
    public int Id { get; set; }

    public int EvaluationRecordId { get; set; }

    /// <summary>1, 2, 3 … within its evaluation.</summary>
    public int Number { get; set; }

    /// <summary>The evaluation in the format of samples/*.yaml.</summary>
    public required string Content { get; set; }

    public required string CreatedBy { get; set; }

    public DateTime CreatedAt { get; set; }

    /// <summary>Why it was written: 保存, 提交, 导入 …</summary>
    public required string Reason { get; set; }
}
