using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Jixiao.Web.Access;
using Jixiao.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Jixiao.Web.Tests.Security;

/// <summary>
/// Issue test 4: five failed sign-ins lock the account, so the sixth is refused even with the right password —
/// on the login page and at POST /api/token. Each test locks a user of its own. Run on both databases.
/// </summary>
public abstract class LockoutTests(JixiaoFactory factory)
{
    private const string Locked = "登录失败次数过多，账号已锁定";

    [Fact]
    public async Task The_login_page_refuses_the_right_password_after_five_failures()
    {
        var name = await NewFilerAsync();
        using (var check = WebSession.Open(factory))
            (await check.SignInAsync(name, DemoSite.Password)).Status.ShouldBe(HttpStatusCode.Found, "the password is right");

        using var browser = WebSession.Open(factory);
        for (var i = 1; i <= 5; i++)
        {
            var failed = await browser.SignInAsync(name, $"wrong-pass-{i}");
            failed.Status.ShouldBe(HttpStatusCode.OK);
            failed.SetCookie("jixiao").ShouldBeNull();
            if (i < 5)
                failed.Text.ShouldContain("用户名或密码不正确");
        }
        var sixth = await browser.SignInAsync(name, DemoSite.Password);
        sixth.Status.ShouldBe(HttpStatusCode.OK);
        sixth.Text.ShouldContain(Locked);
        sixth.SetCookie("jixiao").ShouldBeNull();
        (await browser.GetAsync("/Evaluations")).ShouldRedirectToLogin("a locked account");
        (await LockoutEndAsync(name)).ShouldNotBeNull().ShouldBeGreaterThan(DateTimeOffset.UtcNow.AddMinutes(10));
    }

    [Fact]
    public async Task The_token_endpoint_refuses_the_right_password_after_five_failures()
    {
        var name = await NewFilerAsync();
        using var client = WebSession.Open(factory);
        var right = await client.Http.PostAsJsonAsync("/api/token", new { userName = name, password = DemoSite.Password }, DemoSite.Cancel);
        right.StatusCode.ShouldBe(HttpStatusCode.OK, "the password is right");
        JsonNode.Parse(await right.Content.ReadAsStringAsync(DemoSite.Cancel))!["accessToken"].ShouldNotBeNull();

        for (var i = 1; i <= 5; i++)
        {
            var failed = await client.Http.PostAsJsonAsync("/api/token", new { userName = name, password = $"wrong-pass-{i}" }, DemoSite.Cancel);
            failed.StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        }
        var sixth = await client.Http.PostAsJsonAsync("/api/token", new { userName = name, password = DemoSite.Password }, DemoSite.Cancel);
        sixth.StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        var body = await sixth.Content.ReadAsStringAsync(DemoSite.Cancel);
        body.ShouldContain(Locked);
        body.ShouldNotContain("accessToken");

        // One account, one lock: the login page refuses it too.
        var page = await client.SignInAsync(name, DemoSite.Password);
        page.Status.ShouldBe(HttpStatusCode.OK);
        page.Text.ShouldContain(Locked);
    }

    private async Task<string> NewFilerAsync()
    {
        var name = DemoSite.NewUserName("lock");
        await factory.CreateUserAsync(name, Roles.Filer, await factory.DepartmentIdAsync(DemoSite.LiwanAffairs));
        return name;
    }

    private Task<DateTimeOffset?> LockoutEndAsync(string name) =>
        factory.WithDbAsync(db => db.Users.Where(u => u.UserName == name).Select(u => u.LockoutEnd).SingleAsync(DemoSite.Cancel));
}
