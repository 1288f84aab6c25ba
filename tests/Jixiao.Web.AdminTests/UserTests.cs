using System.Net;
using Microsoft.EntityFrameworkCore;

namespace Jixiao.Web.AdminTests;

/// <summary>Users: created with a generated password that works, roles and departments changed, passwords reset, locks lifted.</summary>
public sealed class UserTests(AdminAppFactory app) : IClassFixture<AdminAppFactory>
{
    [Fact]
    public async Task A_new_filer_with_a_generated_password_can_log_in_and_sees_their_department()
    {
        using var admin = await app.LoggedInAsync("admin");
        var department = await app.QueryAsync(db => db.Departments.SingleAsync(d => d.Name == "芙蓉区机关事务中心"));
        using var response = await admin.PostAsync("/Admin/Users/Create", "/Admin/Users/Create",
            ("Input.UserName", "filer-furong-2"), ("Input.DisplayName", "芙蓉区第二填报人"), ("Input.Role", "filer"),
            ("Input.DepartmentId", department.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)), ("Password", ""));
        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        response.Headers.CacheControl!.NoStore.ShouldBeTrue();
        var password = Browser.ShownPassword(await Browser.TextAsync(response));
        password.Length.ShouldBe(12);

        using var filer = app.Browser();
        (await filer.LogInAsync("filer-furong-2", password)).ShouldBeTrue();
        var list = await filer.PageAsync("/Evaluations");
        list.ShouldContain("芙蓉区机关事务中心");
        list.ShouldNotContain("荔湾区");

        var user = await app.QueryAsync(db => db.Users.SingleAsync(u => u.UserName == "filer-furong-2"));
        user.DepartmentId.ShouldBe(department.Id);
        var entry = await app.QueryAsync(db => db.AuditLog.SingleAsync(a => a.Action == "新建用户"));
        entry.Detail.ShouldBe("用户名：（无） → filer-furong-2\n姓名：（无） → 芙蓉区第二填报人\n角色：（无） → 填报人\n部门：（无） → 芙蓉区机关事务中心");
        entry.Detail.ShouldNotContain(password);
    }

    [Fact]
    public async Task A_filer_without_a_department_a_taken_name_and_a_short_password_are_all_refused_beside_their_fields()
    {
        using var admin = await app.LoggedInAsync("admin");
        var users = await app.QueryAsync(db => db.Users.CountAsync());
        using var response = await admin.PostAsync("/Admin/Users/Create", "/Admin/Users/Create",
            ("Input.UserName", "filer-001"), ("Input.DisplayName", "重名的人"), ("Input.Role", "filer"), ("Input.DepartmentId", ""), ("Password", "short1"));

        response.StatusCode.ShouldBe(HttpStatusCode.UnprocessableEntity);
        var html = await Browser.TextAsync(response);
        Browser.ElementText(html, "Input_DepartmentId-err").ShouldBe("填报人须选择所属部门");
        Browser.ElementText(html, "Input_UserName-err").ShouldBe("用户名“filer-001”已被使用，请换一个");
        Browser.ElementText(html, "Password-err").ShouldBe("密码至少 8 位");
        Browser.InputValue(html, "Input_UserName").ShouldBe("filer-001");
        Browser.InputValue(html, "Input_DisplayName").ShouldBe("重名的人");
        Browser.InputValue(html, "Password").ShouldBe("", "密码不回填到页面");
        (await app.QueryAsync(db => db.Users.CountAsync())).ShouldBe(users);
    }

    [Fact]
    public async Task A_reset_password_replaces_the_old_one_and_is_logged_without_the_password()
    {
        using var admin = await app.LoggedInAsync("admin");
        var id = await UserIdAsync("filer-002");
        using var response = await admin.PostAsync($"/Admin/Users/{id}", $"/Admin/Users/{id}?handler=Reset", ("NewPassword", ""));
        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        var password = Browser.ShownPassword(await Browser.TextAsync(response));
        password.ShouldNotBe(AdminAppFactory.Password);

        using var filer = app.Browser();
        (await filer.LogInAsync("filer-002", AdminAppFactory.Password)).ShouldBeFalse();
        (await filer.LogInAsync("filer-002", password)).ShouldBeTrue();

        var entry = await app.QueryAsync(db => db.AuditLog.SingleAsync(a => a.Action == "重置密码"));
        entry.Detail.ShouldBe("用户：filer-002\n密码：已自动生成新密码");
        entry.Detail.ShouldNotContain(password);
    }

    [Fact]
    public async Task A_typed_new_password_that_breaks_the_rules_is_refused_beside_the_field()
    {
        using var admin = await app.LoggedInAsync("admin");
        var id = await UserIdAsync("reviewer");
        var hash = await app.QueryAsync(db => db.Users.Where(u => u.Id == id).Select(u => u.PasswordHash).SingleAsync());
        using var response = await admin.PostAsync($"/Admin/Users/{id}", $"/Admin/Users/{id}?handler=Reset", ("NewPassword", "abcdefgh"));
        response.StatusCode.ShouldBe(HttpStatusCode.UnprocessableEntity);
        Browser.ElementText(await Browser.TextAsync(response), "NewPassword-err").ShouldBe("密码须含至少一个数字");
        (await app.QueryAsync(db => db.Users.Where(u => u.Id == id).Select(u => u.PasswordHash).SingleAsync())).ShouldBe(hash);
    }

    [Fact]
    public async Task A_user_locked_out_by_five_wrong_passwords_logs_in_again_once_unlocked()
    {
        using var filer = app.Browser();
        for (var i = 0; i < 5; i++)
            (await filer.LogInAsync("filer-004", "wrong-password-9")).ShouldBeFalse();
        using (var locked = await filer.LogInResponseAsync("filer-004", AdminAppFactory.Password))
            (await Browser.TextAsync(locked)).ShouldContain("账号已锁定");

        using var admin = await app.LoggedInAsync("admin");
        var id = await UserIdAsync("filer-004");
        (await admin.PageAsync("/Admin/Users?filter=locked")).ShouldContain($"/Admin/Users/{id}");
        var page = await admin.PageAsync($"/Admin/Users/{id}");
        page.ShouldContain("账号已锁定至");
        using (var unlock = await admin.PostAsync($"/Admin/Users/{id}", $"/Admin/Users/{id}?handler=Unlock"))
            unlock.StatusCode.ShouldBe(HttpStatusCode.Redirect);

        var user = await app.QueryAsync(db => db.Users.SingleAsync(u => u.Id == id));
        user.LockoutEnd.ShouldBeNull();
        user.AccessFailedCount.ShouldBe(0);
        (await filer.LogInAsync("filer-004", AdminAppFactory.Password)).ShouldBeTrue();
        var entry = await app.QueryAsync(db => db.AuditLog.SingleAsync(a => a.Action == "解锁"));
        entry.Detail.ShouldStartWith("用户：filer-004\n锁定至：");
        entry.Detail.ShouldEndWith(" → （无）");
    }

    [Fact]
    public async Task An_administrator_cannot_take_away_their_own_admin_role()
    {
        using var admin = await app.LoggedInAsync("admin");
        var id = await UserIdAsync("admin");
        using var response = await admin.PostAsync($"/Admin/Users/{id}", $"/Admin/Users/{id}?handler=Save",
            ("Input.DisplayName", "系统管理员"), ("Input.Role", "reviewer"), ("Input.DepartmentId", ""));
        response.StatusCode.ShouldBe(HttpStatusCode.UnprocessableEntity);
        Browser.ElementText(await Browser.TextAsync(response), "Input_Role-err").ShouldBe("不能取消自己的管理员角色。如确需更换，请由另一位管理员操作。");
        (await app.QueryAsync(db => db.UserRoles.Join(db.Roles, ur => ur.RoleId, r => r.Id, (ur, r) => new { ur.UserId, r.Name })
            .Where(x => x.UserId == id).Select(x => x.Name).ToListAsync())).ShouldBe(["admin"]);
    }

    [Fact]
    public async Task Changing_a_filer_into_a_reviewer_drops_the_department_and_logs_each_field_old_to_new()
    {
        using var admin = await app.LoggedInAsync("admin");
        var id = await UserIdAsync("filer-000");
        var stamp = await app.QueryAsync(db => db.Users.Where(u => u.Id == id).Select(u => u.SecurityStamp).SingleAsync());
        using var response = await admin.PostAsync($"/Admin/Users/{id}", $"/Admin/Users/{id}?handler=Save",
            ("Input.DisplayName", "花都区审核人"), ("Input.Role", "reviewer"), ("Input.DepartmentId", "1"));
        response.StatusCode.ShouldBe(HttpStatusCode.Redirect);

        var user = await app.QueryAsync(db => db.Users.SingleAsync(u => u.Id == id));
        user.DepartmentId.ShouldBeNull();
        user.SecurityStamp.ShouldNotBe(stamp, "旧的登录凭据带着旧角色，应当失效");
        var entry = await app.QueryAsync(db => db.AuditLog.SingleAsync(a => a.Action == "修改用户"));
        entry.Detail.ShouldBe("用户：filer-000\n姓名：广州市花都区机关事务管理局填报人 → 花都区审核人\n角色：填报人 → 审核人\n部门：广州市花都区机关事务管理局 → （无）");
        (await admin.PageAsync("/Admin/Users?filter=reviewer")).ShouldContain("花都区审核人");
    }

    private Task<string> UserIdAsync(string name) => app.QueryAsync(db => db.Users.Where(u => u.UserName == name).Select(u => u.Id).SingleAsync());
}
