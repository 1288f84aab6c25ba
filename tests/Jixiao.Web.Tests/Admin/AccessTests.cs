using System.Globalization;
using Jixiao.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Jixiao.Web.Tests.Admin;

/// <summary>Only administrators reach the administration: everyone else is sent away, for reading and for writing.</summary>
public sealed class AccessTests(SqliteFactory factory) : IClassFixture<SqliteFactory>
{
    /// <summary>Every admin page; {user} and {department} become real ids of the demo.</summary>
    public static TheoryData<string> Pages =>
    [
        "/Admin", "/Admin/Departments", "/Admin/Departments/{department}", "/Admin/Users", "/Admin/Users/Create", "/Admin/Users/{user}",
        "/Admin/Rounds", "/Admin/Rounds/Create", "/Admin/Rounds/1", "/Admin/Schemes", "/Admin/Schemes/guangzhou-2023",
    ];

    /// <summary>Every form post of the admin pages, with fields that would succeed for an administrator.</summary>
    public static TheoryData<string, string> Posts => new()
    {
        { "/Admin/Departments", "Input.Name=越权新建的部门&Input.Region=某地" },
        { "/Admin/Departments/{department}?handler=Save", "Input.Name=越权改名&Input.Region=某地" },
        { "/Admin/Departments/{department}?handler=Assign", "ReviewerId={user}" },
        { "/Admin/Departments/{department}?handler=Unassign", "userId={reviewer}" },
        { "/Admin/Users/Create", "Input.UserName=intruder&Input.DisplayName=越权&Input.Role=admin&Password=intruder-pass-1" },
        { "/Admin/Users/{user}?handler=Save", "Input.DisplayName=越权&Input.Role=admin" },
        { "/Admin/Users/{user}?handler=Reset", "NewPassword=intruder-pass-1" },
        { "/Admin/Users/{user}?handler=Unlock", "" },
        { "/Admin/Rounds/Create", "Title=越权任务&Year=2024&SchemeId=guangzhou-2023&Deadline=2099-01-01&DepartmentIds={department}" },
        { "/Admin/Rounds/1?handler=Assign", "DepartmentIds={department}" },
    };

    [Theory]
    [MemberData(nameof(Pages))]
    public async Task Anonymous_visitors_are_sent_to_the_login_page(string page)
    {
        using var anonymous = WebSession.Open(factory);
        (await anonymous.GetAsync(await FillAsync(page))).ShouldRedirectToLogin($"anonymous GET {page}");
    }

    [Theory]
    [MemberData(nameof(Pages))]
    public async Task Filers_and_reviewers_are_refused_every_admin_page(string page)
    {
        foreach (var user in new[] { "filer-001", "reviewer" })
        {
            using var session = await WebSession.SignedInAsync(factory, user);
            (await session.GetAsync(await FillAsync(page))).ShouldRedirectToDenied($"{user} GET {page}");
        }
    }

    [Theory]
    [MemberData(nameof(Posts))]
    public async Task Filers_and_reviewers_cannot_post_to_any_admin_form(string action, string body)
    {
        var before = await SnapshotAsync();
        foreach (var user in new[] { "filer-001", "reviewer" })
        {
            using var session = await WebSession.SignedInAsync(factory, user);
            // A valid token of the user's own page: the refusal must come from the role, not from a missing token.
            var token = (await session.PageAsync(user == "reviewer" ? "/Account/Denied" : "/Evaluations")).Token;
            var fields = new FormFields((await FillAsync(body)).Split('&', StringSplitOptions.RemoveEmptyEntries)
                .Select(pair => pair.Split('=', 2)).Select(p => KeyValuePair.Create(p[0], p[1])));
            (await session.PostAsync(await FillAsync(action), fields.WithToken(token))).ShouldRedirectToDenied($"{user} POST {action}");
        }
        (await SnapshotAsync()).ShouldBe(before);
    }

    [Theory]
    [MemberData(nameof(Pages))]
    public async Task The_administrator_gets_every_admin_page(string page)
    {
        using var admin = await WebSession.SignedInAsync(factory, "admin");
        (await admin.PageAsync(await FillAsync(page))).Text.ShouldContain("aria-label=\"管理\"");
    }

    /// <summary>What an unauthorised post could change: departments, users, rounds, evaluations, audit entries, assignments, stamps.</summary>
    private Task<string> SnapshotAsync() => factory.WithDbAsync(async db =>
        string.Join('|',
            string.Join(',', await db.Departments.OrderBy(d => d.Id).Select(d => d.Name + d.Region).ToListAsync(DemoSite.Cancel)),
            string.Join(',', await db.Users.OrderBy(u => u.UserName).Select(u => u.UserName + u.DisplayName + u.PasswordHash + u.SecurityStamp + u.LockoutEnd).ToListAsync(DemoSite.Cancel)),
            await db.UserRoles.CountAsync(DemoSite.Cancel), await db.Rounds.CountAsync(DemoSite.Cancel), await db.Evaluations.CountAsync(DemoSite.Cancel),
            await db.AuditLog.CountAsync(DemoSite.Cancel), await db.ReviewerAssignments.CountAsync(DemoSite.Cancel)));

    private async Task<string> FillAsync(string text) => text
        .Replace("{user}", await factory.UserIdAsync("filer-002"), StringComparison.Ordinal)
        .Replace("{reviewer}", await factory.UserIdAsync("reviewer"), StringComparison.Ordinal)
        .Replace("{department}", (await factory.DepartmentIdAsync(DemoSite.Furong)).ToString(CultureInfo.InvariantCulture), StringComparison.Ordinal);
}
