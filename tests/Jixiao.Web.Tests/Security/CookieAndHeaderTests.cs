using System.Net;
using Jixiao.Web.Tests.Infrastructure;

namespace Jixiao.Web.Tests.Security;

/// <summary>
/// Issue test 5: the sign-in and antiforgery cookies are out of script's reach and not sent cross-site, the sign-in
/// cookie only over HTTPS when the site is served over HTTPS; every answer, page or API, forbids MIME sniffing and
/// carries a Content-Security-Policy without inline script that forbids framing.
/// </summary>
public sealed class CookieAndHeaderTests(SqliteFactory factory) : IClassFixture<SqliteFactory>
{
    [Fact]
    public async Task The_sign_in_and_antiforgery_cookies_are_HttpOnly_and_SameSite()
    {
        using var browser = WebSession.Open(factory);
        var login = await browser.GetAsync("/Account/Login");
        var antiforgery = Attributes(login.SetCookie("jixiao.af"));
        antiforgery.ShouldContain("httponly");
        antiforgery.ShouldContain("samesite=strict");

        var signedIn = await browser.SignInAsync("filer-001", DemoSite.Password);
        signedIn.Status.ShouldBe(HttpStatusCode.Found);
        var auth = Attributes(signedIn.SetCookie("jixiao"));
        auth.ShouldContain("httponly");
        auth.ShouldContain(a => a.StartsWith("samesite=", StringComparison.Ordinal) && a != "samesite=none");
    }

    [Fact]
    public async Task Over_https_the_sign_in_cookie_is_Secure_too()
    {
        using var browser = WebSession.Open(factory, "https://localhost");
        var login = await browser.GetAsync("/Account/Login");
        var antiforgery = Attributes(login.SetCookie("jixiao.af"));
        foreach (var attribute in new[] { "httponly", "samesite=strict", "secure" })
            antiforgery.ShouldContain(attribute);

        var signedIn = await browser.SignInAsync("filer-001", DemoSite.Password);
        signedIn.Status.ShouldBe(HttpStatusCode.Found);
        var auth = Attributes(signedIn.SetCookie("jixiao"));
        auth.ShouldContain("secure");
        auth.ShouldContain("httponly");
        auth.ShouldContain(a => a.StartsWith("samesite=", StringComparison.Ordinal) && a != "samesite=none");
        (await browser.GetAsync("/Evaluations")).Status.ShouldBe(HttpStatusCode.OK, "the secure cookie signs in over HTTPS");
    }

    [Fact]
    public async Task Over_https_every_cookie_of_a_save_is_Secure_HttpOnly_and_SameSite()
    {
        var draft = await factory.NewDraftAsync(DemoSite.LiwanAffairs);
        using var browser = WebSession.Open(factory, "https://localhost");
        var pages = new List<Page> { await browser.GetAsync("/Account/Login") };
        pages.Add(await browser.PostAsync("/Account/Login", new FormFields { { "UserName", "filer-001" }, { "Password", DemoSite.Password }, { HtmlScraper.TokenName, pages[0].Token } }));
        pages.Add(await browser.EvaluationAsync(draft));
        // A save leaves its message in the TempData cookie for the page it redirects to.
        pages.Add(await browser.PostEvaluationAsync(draft, "Save", pages[^1].Form().Set("Form.Figures[budget.total]", "6000")));
        pages[^1].Status.ShouldBe(HttpStatusCode.Found);
        pages.Add(await browser.GetAsync(pages[^1].Location!));
        pages[^1].Text.ShouldContain("已保存");

        // Deletions (empty value, expired) carry nothing.
        var cookies = pages.SelectMany(p => p.SetCookies).Where(c => !c.Split(';')[0].EndsWith('=')).ToList();
        cookies.Select(c => c[..c.IndexOf('=', StringComparison.Ordinal)]).Distinct()
            .ShouldBe(["jixiao.af", "jixiao", ".AspNetCore.Mvc.CookieTempDataProvider"], ignoreOrder: true);
        foreach (var cookie in cookies)
        {
            var attributes = Attributes(cookie);
            attributes.ShouldContain("secure", cookie);
            attributes.ShouldContain("httponly", cookie);
            attributes.ShouldContain(a => a.StartsWith("samesite=", StringComparison.Ordinal) && a != "samesite=none", cookie);
        }
    }

    [Fact]
    public async Task Pages_and_api_answers_forbid_sniffing_inline_script_and_framing()
    {
        var draft = await factory.RoundDraftIdAsync(DemoSite.LiwanAffairs);
        using var anonymous = WebSession.Open(factory);
        using var filer = await WebSession.SignedInAsync(factory, "filer-001");
        var answers = new List<(string What, Page Page)>
        {
            ("login page", await anonymous.GetAsync("/Account/Login")),
            ("redirect to login", await anonymous.GetAsync("/Evaluations")),
            ("API 401", await anonymous.GetAsync("/api/evaluations")),
            ("evaluation list", await filer.GetAsync("/Evaluations")),
            ("evaluation page", await filer.GetAsync($"/Evaluations/{draft}")),
            ("history page", await filer.GetAsync($"/Evaluations/History/{draft}")),
            ("not found", await filer.GetAsync("/Evaluations/999999")),
            ("API list", await filer.GetAsync("/api/evaluations")),
            ("API evaluation", await filer.GetAsync($"/api/evaluations/{draft}")),
            ("OpenAPI", await anonymous.GetAsync("/openapi/v1.json")),
            ("stylesheet", await anonymous.GetAsync("/css/site.css")),
        };
        answers.Select(a => (int)a.Page.Status).ShouldBe([200, 302, 401, 200, 200, 200, 404, 200, 200, 200, 200]);
        foreach (var (what, page) in answers)
        {
            page.Response.Headers.GetValues("X-Content-Type-Options").ShouldBe(["nosniff"], what);
            var policy = Policy(page.Response.Headers.GetValues("Content-Security-Policy").Single());
            var scripts = policy.GetValueOrDefault("script-src") ?? policy["default-src"];
            scripts.ShouldNotContain("'unsafe-inline'", what);
            scripts.ShouldNotContain("'unsafe-eval'", what);
            scripts.ShouldNotContain("*", what);
            policy["frame-ancestors"].ShouldBe(["'none'"], what);
        }
    }

    /// <summary>A Set-Cookie header's attributes after the value, lower case ("httponly", "samesite=lax" …).</summary>
    private static string[] Attributes(string? setCookie)
    {
        setCookie.ShouldNotBeNull("the cookie is set");
        return setCookie.Split(';').Skip(1).Select(a => a.Trim().ToLowerInvariant()).ToArray();
    }

    /// <summary>Directive → sources.</summary>
    private static Dictionary<string, string[]> Policy(string header) =>
        header.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(d => d.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            .ToDictionary(d => d[0].ToLowerInvariant(), d => d[1..]);
}
