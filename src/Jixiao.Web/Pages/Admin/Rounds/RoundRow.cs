using Jixiao.Documents.Schemes;
using Jixiao.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace Jixiao.Web.Pages.Admin.Rounds;

/// <summary>A 年度自评任务 as lists show it: what, when due, and how many of its evaluations are in each status.</summary>
public sealed record RoundRow(int Id, string Title, int Year, string SchemeId, string SchemeName, DateOnly Deadline, IReadOnlyDictionary<EvaluationStatus, int> Counts)
{
    public int Total => Counts.Values.Sum();

    public int Count(EvaluationStatus status) => Counts.GetValueOrDefault(status);

    /// <summary>Still in progress: not yet due, or some department has not had its evaluation accepted.</summary>
    public bool IsOpen(DateOnly today) =>
        Deadline >= today || Count(EvaluationStatus.Draft) + Count(EvaluationStatus.Returned) + Count(EvaluationStatus.Submitted) > 0;

    public bool IsOverdue(DateOnly today) => Deadline < today && Count(EvaluationStatus.Draft) + Count(EvaluationStatus.Returned) > 0;

    /// <summary>Every round, newest year first, with its evaluations counted by status in one query.</summary>
    public static async Task<IReadOnlyList<RoundRow>> LoadAsync(JixiaoDb db, IQueryable<EvaluationRecord> evaluations, SchemeCatalog schemes, CancellationToken cancel = default)
    {
        var rounds = await db.Rounds.OrderByDescending(r => r.Year).ThenByDescending(r => r.CreatedAt).ToListAsync(cancel);
        var counts = await evaluations.Where(e => e.RoundId != null)
            .GroupBy(e => new { e.RoundId, e.Status })
            .Select(g => new { g.Key.RoundId, g.Key.Status, Count = g.Count() })
            .ToListAsync(cancel);
        return rounds.Select(r => new RoundRow(r.Id, r.Title, r.Year, r.SchemeId, schemes.Find(r.SchemeId)?.Name ?? r.SchemeId, r.Deadline,
            counts.Where(c => c.RoundId == r.Id).ToDictionary(c => c.Status, c => c.Count))).ToList();
    }
}
