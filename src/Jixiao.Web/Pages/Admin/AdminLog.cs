using Jixiao.Web.Data;

namespace Jixiao.Web.Pages.Admin;

/// <summary>
/// The audit log of administration: every change to departments, users and rounds is an <see cref="AuditEntry"/>
/// without an evaluation, its detail one line per field, "字段：旧 → 新".
/// </summary>
public static class AdminLog
{
    public const string None = "（无）";

    public static void Add(JixiaoDb db, TimeProvider clock, string user, string action, IEnumerable<string> lines) =>
        db.AuditLog.Add(new AuditEntry { At = clock.GetUtcNow().UtcDateTime, UserName = user, Action = action, Detail = string.Join('\n', lines) });

    /// <summary>"字段：旧 → 新", or nothing when the value did not change.</summary>
    public static IEnumerable<string> Change(string field, string? before, string? after)
    {
        before = string.IsNullOrEmpty(before) ? None : before;
        after = string.IsNullOrEmpty(after) ? None : after;
        if (!string.Equals(before, after, StringComparison.Ordinal))
            yield return $"{field}：{before} → {after}";
    }
}
