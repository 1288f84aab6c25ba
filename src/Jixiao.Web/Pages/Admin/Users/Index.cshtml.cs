using Jixiao.Web.Access;
using Jixiao.Web.Data;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Jixiao.Web.Pages.Admin.Users;

/// <summary>Every user with role, department and whether they are locked out; filtered by role or lock.</summary>
public sealed class IndexModel(JixiaoDb db, TimeProvider clock) : PageModel
{
    public const string LockedFilter = "locked";

    public sealed record Row(string Id, string UserName, string DisplayName, string? Role, string? Department, DateTimeOffset? LockedUntil, int FailedLogins);

    /// <summary>A role id, "locked", or empty for everyone.</summary>
    [BindProperty(SupportsGet = true)]
    public string? Filter { get; set; }

    public IReadOnlyList<Row> Rows { get; private set; } = [];

    public int Total { get; private set; }

    public async Task OnGetAsync(CancellationToken cancel)
    {
        var now = clock.GetUtcNow();
        var roles = await UserRoles.ByUserAsync(db, cancel);
        var all = await db.Users.OrderBy(u => u.UserName)
            .Select(u => new { u.Id, u.UserName, u.DisplayName, Department = u.Department == null ? null : u.Department.Name, u.LockoutEnd, u.AccessFailedCount })
            .ToListAsync(cancel);
        var rows = all.Select(u => new Row(u.Id, u.UserName ?? "", u.DisplayName, roles.GetValueOrDefault(u.Id), u.Department,
            u.LockoutEnd > now ? u.LockoutEnd : null, u.AccessFailedCount)).ToList();
        Total = rows.Count;
        Rows = Filter switch
        {
            LockedFilter => rows.Where(r => r.LockedUntil is not null).ToList(),
            { Length: > 0 } role when Roles.All.Contains(role) => rows.Where(r => r.Role == role).ToList(),
            _ => rows,
        };
    }
}
