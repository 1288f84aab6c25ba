using System.Globalization;
using System.Net;
using System.Text.RegularExpressions;
using Jixiao.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Jixiao.Web.Tests.Admin;

/// <summary>Users: created with a generated password that works, roles and departments changed, passwords reset, locks lifted.</summary>
public sealed partial class UserTests(SqliteFactory factory) : IClassFixture<SqliteFactory>
{
    [Fact]
    public async Task A_new_filer_with_a_generated_password_can_log_in_and_sees_their_department()
    {
        using var admin = await WebSession.SignedInAsync(factory, "admin");
        var department = await factory.DepartmentIdAsync(DemoSite.Furong);
        var response = await admin.PostFromAsync("/Admin/Users/Create", "/Admin/Users/Create",
            ("Input.UserName", "filer-furong-2"), ("Input.DisplayName", "芙蓉区第二填报人"), ("Input.Role", "filer"),
            ("Input.DepartmentId", department.ToString(CultureInfo.InvariantCulture)), ("Password", ""));
        response.Status.ShouldBe(HttpStatusCode.OK);
        response.Response.Headers.CacheControl!.NoStore.ShouldBeTrue();
        var password = ShownPassword(response);
        password.Length.ShouldBe(12);

        using var filer = await WebSession.SignedInAsync(factory, "filer-furong-2", password);
        var list = await filer.PageAsync("/Evaluations");
        list.Text.ShouldContain("芙蓉区机关事务中心");
        list.Text.ShouldNotContain("荔湾区");

        var user = await factory.WithDbAsync(db => db.Users.SingleAsync(u => u.UserName == "filer-furong-2", DemoSite.Cancel));
        user.DepartmentId.ShouldBe(department);
        var entry = await AuditEntryAsync("新建用户");
        entry.ShouldBe("用户名：（无） → filer-furong-2\n姓名：（无） → 芙蓉区第二填报人\n角色：（无） → 填报人\n部门：（无） → 芙蓉区机关事务中心");
        entry.ShouldNotContain(password);
    }

    [Fact]
    public async Task A_filer_without_a_department_a_taken_name_and_a_short_password_are_all_refused_beside_their_fields()
    {
        using var admin = await WebSession.SignedInAsync(factory, "admin");
        var users = await factory.WithDbAsync(db => db.Users.CountAsync(DemoSite.Cancel));
        var response = await admin.PostFromAsync("/Admin/Users/Create", "/Admin/Users/Create",
            ("Input.UserName", "filer-001"), ("Input.DisplayName", "重名的人"), ("Input.Role", "filer"), ("Input.DepartmentId", ""), ("Password", "short1"));

        response.Status.ShouldBe(HttpStatusCode.UnprocessableEntity);
        HtmlScraper.FieldError(response.Html, "Input_DepartmentId").ShouldBe("填报人须选择所属部门");
        HtmlScraper.FieldError(response.Html, "Input_UserName").ShouldBe("用户名“filer-001”已被使用，请换一个");
        HtmlScraper.FieldError(response.Html, "Password").ShouldBe("密码至少 8 位");
        HtmlScraper.InputValue(response.Html, "Input.UserName").ShouldBe("filer-001");
        HtmlScraper.InputValue(response.Html, "Input.DisplayName").ShouldBe("重名的人");
        HtmlScraper.InputValue(response.Html, "Password").ShouldBe("", "密码不回填到页面");
        (await factory.WithDbAsync(db => db.Users.CountAsync(DemoSite.Cancel))).ShouldBe(users);
    }

    [Fact]
    public async Task A_reset_password_replaces_the_old_one_and_is_logged_without_the_password()
    {
        using var admin = await WebSession.SignedInAsync(factory, "admin");
        var id = await factory.UserIdAsync("filer-002");
        var response = await admin.PostFromAsync($"/Admin/Users/{id}", $"/Admin/Users/{id}?handler=Reset", ("NewPassword", ""));
        response.Status.ShouldBe(HttpStatusCode.OK);
        var password = ShownPassword(response);
        password.ShouldNotBe(DemoSite.Password);

        using var filer = WebSession.Open(factory);
        (await filer.SignInAsync("filer-002", DemoSite.Password)).Status.ShouldBe(HttpStatusCode.OK, "the old password fails");
        (await filer.SignInAsync("filer-002", password)).Status.ShouldBe(HttpStatusCode.Found);

        var entry = await AuditEntryAsync("重置密码");
        entry.ShouldBe("用户：filer-002\n密码：已自动生成新密码");
        entry.ShouldNotContain(password);
    }

    [Fact]
    public async Task A_typed_new_password_that_breaks_the_rules_is_refused_beside_the_field()
    {
        using var admin = await WebSession.SignedInAsync(factory, "admin");
        var id = await factory.UserIdAsync("reviewer");
        Task<string?> Hash() => factory.WithDbAsync(db => db.Users.Where(u => u.Id == id).Select(u => u.PasswordHash).SingleAsync(DemoSite.Cancel));
        var hash = await Hash();
        var response = await admin.PostFromAsync($"/Admin/Users/{id}", $"/Admin/Users/{id}?handler=Reset", ("NewPassword", "abcdefgh"));
        response.Status.ShouldBe(HttpStatusCode.UnprocessableEntity);
        HtmlScraper.FieldError(response.Html, "NewPassword").ShouldBe("密码须含至少一个数字");
        (await Hash()).ShouldBe(hash);
    }

    [Fact]
    public async Task A_user_locked_out_by_five_wrong_passwords_logs_in_again_once_unlocked()
    {
        using var filer = WebSession.Open(factory);
        for (var i = 0; i < 5; i++)
            (await filer.SignInAsync("filer-004", "wrong-password-9")).Status.ShouldBe(HttpStatusCode.OK, "a wrong password fails");
        (await filer.SignInAsync("filer-004", DemoSite.Password)).Text.ShouldContain("账号已锁定");

        using var admin = await WebSession.SignedInAsync(factory, "admin");
        var id = await factory.UserIdAsync("filer-004");
        (await admin.PageAsync("/Admin/Users?filter=locked")).Text.ShouldContain($"/Admin/Users/{id}");
        (await admin.PageAsync($"/Admin/Users/{id}")).Text.ShouldContain("账号已锁定至");
        (await admin.PostFromAsync($"/Admin/Users/{id}", $"/Admin/Users/{id}?handler=Unlock")).Status.ShouldBe(HttpStatusCode.Found);

        var user = await factory.WithDbAsync(db => db.Users.SingleAsync(u => u.Id == id, DemoSite.Cancel));
        user.LockoutEnd.ShouldBeNull();
        user.AccessFailedCount.ShouldBe(0);
        (await filer.SignInAsync("filer-004", DemoSite.Password)).Status.ShouldBe(HttpStatusCode.Found);
        var entry = await AuditEntryAsync("解锁");
        entry.ShouldStartWith("用户：filer-004\n锁定至：");
        entry.ShouldEndWith(" → （无）");
    }

    [Fact]
    public async Task An_administrator_cannot_take_away_their_own_admin_role()
    {
        using var admin = await WebSession.SignedInAsync(factory, "admin");
        var id = await factory.UserIdAsync("admin");
        var response = await admin.PostFromAsync($"/Admin/Users/{id}", $"/Admin/Users/{id}?handler=Save",
            ("Input.DisplayName", "系统管理员"), ("Input.Role", "reviewer"), ("Input.DepartmentId", ""));
        response.Status.ShouldBe(HttpStatusCode.UnprocessableEntity);
        HtmlScraper.FieldError(response.Html, "Input_Role").ShouldBe("不能取消自己的管理员角色。如确需更换，请由另一位管理员操作。");
        (await factory.WithDbAsync(db => db.UserRoles.Join(db.Roles, ur => ur.RoleId, r => r.Id, (ur, r) => new { ur.UserId, r.Name })
            .Where(x => x.UserId == id).Select(x => x.Name).ToListAsync(DemoSite.Cancel))).ShouldBe(["admin"]);
    }

    [Fact]
    public async Task Changing_a_filer_into_a_reviewer_drops_the_department_and_logs_each_field_old_to_new()
    {
        using var admin = await WebSession.SignedInAsync(factory, "admin");
        var id = await factory.UserIdAsync("filer-000");
        var stamp = await factory.WithDbAsync(db => db.Users.Where(u => u.Id == id).Select(u => u.SecurityStamp).SingleAsync(DemoSite.Cancel));
        var response = await admin.PostFromAsync($"/Admin/Users/{id}", $"/Admin/Users/{id}?handler=Save",
            ("Input.DisplayName", "花都区审核人"), ("Input.Role", "reviewer"), ("Input.DepartmentId", "1"));
        response.Status.ShouldBe(HttpStatusCode.Found);

        var user = await factory.WithDbAsync(db => db.Users.SingleAsync(u => u.Id == id, DemoSite.Cancel));
        user.DepartmentId.ShouldBeNull();
        user.SecurityStamp.ShouldNotBe(stamp, "旧的登录凭据带着旧角色，应当失效");
        (await AuditEntryAsync("修改用户"))
            .ShouldBe("用户：filer-000\n姓名：广州市花都区机关事务管理局填报人 → 花都区审核人\n角色：填报人 → 审核人\n部门：广州市花都区机关事务管理局 → （无）");
        (await admin.PageAsync("/Admin/Users?filter=reviewer")).Text.ShouldContain("花都区审核人");
    }

    /// <summary>The detail of the one audit entry of this action.</summary>
    private Task<string> AuditEntryAsync(string action) =>
        factory.WithDbAsync(async db => (await db.AuditLog.SingleAsync(a => a.Action == action, DemoSite.Cancel)).Detail);

    /// <summary>The password a page shows once.</summary>
    private static string ShownPassword(Page page) =>
        SecretCode().Match(page.Text) is { Success: true } m ? m.Groups[1].Value : throw new InvalidOperationException("页面上没有显示密码");

    [GeneratedRegex("<code class=\"secret\">([^<]+)</code>")]
    private static partial Regex SecretCode();
}
