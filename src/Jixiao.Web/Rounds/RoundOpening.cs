using Jixiao.Web.Data;
using Jixiao.Web.Evaluations;
using Microsoft.EntityFrameworkCore;

namespace Jixiao.Web.Rounds;

/// <summary>Opens a 年度自评任务 and gives each assigned department its draft, prefilled from its last year.</summary>
public sealed class RoundOpening(JixiaoDb db, EvaluationAnalysis analysis, EvaluationStore store, TimeProvider clock)
{
    public async Task<Round> OpenAsync(string title, int year, string schemeId, DateOnly deadline, IReadOnlyCollection<int> departmentIds, string user,
        CancellationToken cancel = default)
    {
        var round = new Round { Title = title, Year = year, SchemeId = schemeId, Deadline = deadline, CreatedAt = clock.GetUtcNow().UtcDateTime };
        db.Rounds.Add(round);
        await db.SaveChangesAsync(cancel);
        db.AuditLog.Add(new AuditEntry { At = round.CreatedAt, UserName = user, Action = "开启任务", Detail = $"{title}（{year} 年度，方案 {schemeId}，截止 {deadline:yyyy-MM-dd}）" });
        await AssignAsync(round, departmentIds, user, cancel);
        return round;
    }

    /// <summary>Gives each department a draft for the round's year unless it already has an evaluation of that year.</summary>
    public async Task<int> AssignAsync(Round round, IReadOnlyCollection<int> departmentIds, string user, CancellationToken cancel = default)
    {
        var scheme = analysis.Schemes.Get(round.SchemeId, "年度自评任务");
        var created = 0;
        var departments = await db.Departments.Where(d => departmentIds.Contains(d.Id)).ToListAsync(cancel);
        foreach (var department in departments)
        {
            if (await db.Evaluations.AnyAsync(e => e.DepartmentId == department.Id && e.Year == round.Year, cancel))
                continue;
            var last = await db.Evaluations.Where(e => e.DepartmentId == department.Id && e.Year < round.Year)
                .OrderByDescending(e => e.Year).FirstOrDefaultAsync(cancel);
            var draft = RoundDrafts.Create(department.Name, department.Region, round.Year, scheme, last is null ? null : analysis.Load(last));
            await store.CreateAsync(department, round, draft, user, last is null ? "新建草稿" : $"新建草稿，按 {last.Year} 年度自评预填", cancel: cancel);
            created++;
        }
        return created;
    }
}
