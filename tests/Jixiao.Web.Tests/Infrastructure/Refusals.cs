using System.Net;

namespace Jixiao.Web.Tests.Infrastructure;

/// <summary>What a refused request looks like to each kind of caller.</summary>
internal static class Refusals
{
    /// <summary>A signed-in caller outside their rights: not found (nothing revealed) or forbidden.</summary>
    public static void ShouldBeRefused(this Page page, string what)
    {
        page.Status.ShouldBeOneOf([HttpStatusCode.NotFound, HttpStatusCode.Forbidden], what);
        page.Text.ShouldNotContain("<form id=\"evaluation-form\"", Case.Sensitive, what);
    }

    /// <summary>An anonymous caller on a page: sent to the login page, which brings them back afterwards.</summary>
    public static void ShouldRedirectToLogin(this Page page, string what) => page.ShouldRedirectTo("/Account/Login", what);

    /// <summary>A signed-in caller without the role a folder needs (/Admin, /Review): sent to the access-denied page.</summary>
    public static void ShouldRedirectToDenied(this Page page, string what) => page.ShouldRedirectTo("/Account/Denied", what);

    private static void ShouldRedirectTo(this Page page, string path, string what)
    {
        page.Status.ShouldBe(HttpStatusCode.Found, what);
        new Uri(new Uri("http://localhost"), page.Location).AbsolutePath.ShouldBe(path, what);
    }
}
