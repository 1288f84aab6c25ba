namespace Jixiao.Web.Data;

/// <summary>Who did what to which evaluation, when, and what changed (before → after).</summary>
public sealed class AuditEntry
{
    public long Id { get; set; }

    public DateTime At { get; set; }

    public required string UserName { get; set; }

    public int? EvaluationRecordId { get; set; }

    /// <summary>创建, 保存, 提交, 退回, 通过, 发布, 复核, 导入 …</summary>
    public required string Action { get; set; }

    /// <summary>The changes, one per line: "字段：旧值 → 新值".</summary>
    public string Detail { get; set; } = "";
}
