using System.Net;
using Jixiao.Web.Tests.Infrastructure;

namespace Jixiao.Web.Tests.Security;

/// <summary>After signing in, the login page goes back only to a page of this site: never to another one.</summary>
public sealed class SignInRedirectTests(SqliteFactory factory) : IClassFixture<SqliteFactory>
{
    [Theory]
    [InlineData("/Evaluations", "/Evaluations")]
    [InlineData("https://evil.example/", "/")]
    [InlineData("//evil.example/", "/")]
    [InlineData("/\\evil.example/", "/")]
    [InlineData("javascript:alert(1)", "/")]
    public async Task The_return_address_is_followed_only_within_the_site(string returnUrl, string expected)
    {
        using var browser = WebSession.Open(factory);
        var login = await browser.GetAsync("/Account/Login?ReturnUrl=" + Uri.EscapeDataString(returnUrl));
        var signedIn = await browser.PostAsync("/Account/Login", new FormFields
        {
            { "UserName", "filer-001" }, { "Password", DemoSite.Password }, { "ReturnUrl", returnUrl }, { HtmlScraper.TokenName, login.Token },
        });
        signedIn.Status.ShouldBe(HttpStatusCode.Found);
        signedIn.Location.ShouldBe(expected);
    }
}
