using Jixiao.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace Jixiao.Web.Pages.Admin.Users;

/// <summary>Each user's role id in one query (a user has one role; the first by id if ever more).</summary>
public static class UserRoles
{
    public static async Task<Dictionary<string, string>> ByUserAsync(JixiaoDb db, CancellationToken cancel)
    {
        var pairs = await db.UserRoles.Join(db.Roles, ur => ur.RoleId, r => r.Id, (ur, r) => new { ur.UserId, r.Name }).ToListAsync(cancel);
        return pairs.GroupBy(p => p.UserId).ToDictionary(g => g.Key, g => g.Select(p => p.Name ?? "").Order(StringComparer.Ordinal).First());
    }
}
