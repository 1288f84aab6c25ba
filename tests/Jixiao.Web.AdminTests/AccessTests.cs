using System.Net;
using Microsoft.EntityFrameworkCore;

namespace Jixiao.Web.AdminTests;

/// <summary>Only administrators reach the administration: everyone else is sent away, for reading and for writing.</summary>
public sealed class AccessTests(AdminAppFactory app) : IClassFixture<AdminAppFactory>
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
        using var browser = app.Browser();
        using var response = await browser.GetAsync(await FillAsync(page));
        response.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        response.Headers.Location!.OriginalString.ShouldContain("/Account/Login");
    }

    [Theory]
    [MemberData(nameof(Pages))]
    public async Task Filers_and_reviewers_are_refused_every_admin_page(string page)
    {
        foreach (var user in new[] { "filer-001", "reviewer" })
        {
            using var browser = await app.LoggedInAsync(user);
            using var response = await browser.GetAsync(await FillAsync(page));
            response.StatusCode.ShouldBe(HttpStatusCode.Redirect, $"{user} GET {page}");
            response.Headers.Location!.OriginalString.ShouldContain("/Account/Denied");
        }
    }

    [Theory]
    [MemberData(nameof(Posts))]
    public async Task Filers_and_reviewers_cannot_post_to_any_admin_form(string action, string body)
    {
        var before = await SnapshotAsync();
        foreach (var user in new[] { "filer-001", "reviewer" })
        {
            using var browser = await app.LoggedInAsync(user);
            // A valid token of the user's own page: the refusal must come from the role, not from a missing token.
            var token = Browser.Token(await browser.PageAsync(user == "reviewer" ? "/Account/Denied" : "/Evaluations"));
            var fields = (await FillAsync(body)).Split('&', StringSplitOptions.RemoveEmptyEntries)
                .Select(pair => pair.Split('=', 2)).Select(p => (p[0], p[1])).ToArray();
            using var response = await browser.PostWithTokenAsync(await FillAsync(action), token, fields);
            response.StatusCode.ShouldBe(HttpStatusCode.Redirect, $"{user} POST {action}");
            response.Headers.Location!.OriginalString.ShouldContain("/Account/Denied");
        }
        (await SnapshotAsync()).ShouldBe(before);
    }

    [Theory]
    [MemberData(nameof(Pages))]
    public async Task The_administrator_gets_every_admin_page(string page)
    {
        using var browser = await app.LoggedInAsync("admin");
        var html = await browser.PageAsync(await FillAsync(page));
        html.ShouldContain("aria-label=\"管理\"");
    }

    /// <summary>What an unauthorised post could change: departments, users, rounds, evaluations, audit entries, assignments, stamps.</summary>
    private Task<string> SnapshotAsync() => app.QueryAsync(async db =>
        string.Join('|',
            string.Join(',', await db.Departments.OrderBy(d => d.Id).Select(d => d.Name + d.Region).ToListAsync()),
            string.Join(',', await db.Users.OrderBy(u => u.UserName).Select(u => u.UserName + u.DisplayName + u.PasswordHash + u.SecurityStamp + u.LockoutEnd).ToListAsync()),
            await db.UserRoles.CountAsync(), await db.Rounds.CountAsync(), await db.Evaluations.CountAsync(),
            await db.AuditLog.CountAsync(), await db.ReviewerAssignments.CountAsync()));

    private async Task<string> FillAsync(string text)
    {
        var ids = await app.QueryAsync(async db => new
        {
            User = await db.Users.Where(u => u.UserName == "filer-002").Select(u => u.Id).SingleAsync(),
            Reviewer = await db.Users.Where(u => u.UserName == "reviewer").Select(u => u.Id).SingleAsync(),
            Department = await db.Departments.Where(d => d.Name == "芙蓉区机关事务中心").Select(d => d.Id).SingleAsync(),
        });
        return text.Replace("{user}", ids.User, StringComparison.Ordinal).Replace("{reviewer}", ids.Reviewer, StringComparison.Ordinal)
            .Replace("{department}", ids.Department.ToString(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal);
    }
}
