using Jixiao.Documents.Schemes;
using Jixiao.Web.Access;
using Jixiao.Web.Data;
using Jixiao.Web.Pages.Admin.Rounds;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Jixiao.Web.Pages.Admin;

/// <summary>The administrator's overview: what exists, which rounds are under way, and what was done last.</summary>
public sealed class IndexModel(JixiaoDb db, EvaluationAccess access, SchemeCatalog schemes, TimeProvider clock) : PageModel
{
    public int Departments { get; private set; }

    /// <summary>Users per role id; a user without a role is not counted.</summary>
    public IReadOnlyDictionary<string, int> UsersByRole { get; private set; } = new Dictionary<string, int>();

    public int Users { get; private set; }

    public int LockedOut { get; private set; }

    public IReadOnlyList<RoundRow> OpenRounds { get; private set; } = [];

    public int AllRounds { get; private set; }

    public IReadOnlyList<AuditEntry> Audit { get; private set; } = [];

    public DateOnly Today { get; private set; }

    public int Schemes => schemes.All.Count;

    public async Task OnGetAsync(CancellationToken cancel)
    {
        var now = clock.GetUtcNow();
        Today = DateOnly.FromDateTime(now.ToLocalTime().DateTime);
        Departments = await db.Departments.CountAsync(cancel);
        Users = await db.Users.CountAsync(cancel);
        LockedOut = (await db.Users.Where(u => u.LockoutEnd != null).Select(u => u.LockoutEnd).ToListAsync(cancel)).Count(end => end > now);
        UsersByRole = await db.UserRoles.Join(db.Roles, ur => ur.RoleId, r => r.Id, (ur, r) => r.Name!)
            .GroupBy(name => name).Select(g => new { g.Key, Count = g.Count() })
            .ToDictionaryAsync(x => x.Key, x => x.Count, cancel);
        var rounds = await RoundRow.LoadAsync(db, access.Visible(), schemes, cancel);
        AllRounds = rounds.Count;
        OpenRounds = rounds.Where(r => r.IsOpen(Today)).ToList();
        Audit = await db.AuditLog.OrderByDescending(a => a.Id).Take(20).ToListAsync(cancel);
    }
}
