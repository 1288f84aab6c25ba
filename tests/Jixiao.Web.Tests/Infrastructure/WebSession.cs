using System.Net;
using System.Net.Http.Headers;
using Microsoft.AspNetCore.Mvc.Testing;

namespace Jixiao.Web.Tests.Infrastructure;

/// <summary>
/// One browser: cookies kept, redirects not followed (the tests look at them), forms posted as
/// application/x-www-form-urlencoded with the antiforgery token the page carried.
/// </summary>
internal sealed class WebSession(HttpClient http) : IDisposable
{
    public HttpClient Http => http;

    /// <summary>A browser on the in-memory application; https://localhost makes the application see HTTPS.</summary>
    public static WebSession Open(JixiaoFactory factory, string baseAddress = "http://localhost") =>
        new(factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true, BaseAddress = new Uri(baseAddress) }));

    /// <summary>A browser signed in as a demo (or test) user; fails the test when the sign-in does not succeed.</summary>
    public static async Task<WebSession> SignedInAsync(JixiaoFactory factory, string user, string password = DemoSite.Password)
    {
        var session = Open(factory);
        var page = await session.SignInAsync(user, password);
        page.Status.ShouldBe(HttpStatusCode.Found, $"{user} could not sign in: {page.Text}");
        return session;
    }

    /// <summary>The login page, then its form posted with the user name and password.</summary>
    public async Task<Page> SignInAsync(string user, string password)
    {
        var login = await GetAsync("/Account/Login");
        login.Status.ShouldBe(HttpStatusCode.OK);
        return await PostAsync("/Account/Login", new FormFields { { "UserName", user }, { "Password", password }, { HtmlScraper.TokenName, login.Token } });
    }

    public async Task<Page> GetAsync(string url)
    {
        return await ReadAsync(await http.GetAsync(new Uri(url, UriKind.RelativeOrAbsolute), DemoSite.Cancel));
    }

    /// <summary>Posts the fields as they are: a test that wants no token leaves it out.</summary>
    public async Task<Page> PostAsync(string url, IEnumerable<KeyValuePair<string, string>> fields)
    {
        using var content = new FormUrlEncodedContent(fields);
        return await ReadAsync(await http.PostAsync(new Uri(url, UriKind.RelativeOrAbsolute), content, DemoSite.Cancel));
    }

    public async Task<Page> SendAsync(HttpRequestMessage request)
    {
        return await ReadAsync(await http.SendAsync(request, DemoSite.Cancel));
    }

    /// <summary>A page that must open (200).</summary>
    public async Task<Page> PageAsync(string url)
    {
        var page = await GetAsync(url);
        page.Status.ShouldBe(HttpStatusCode.OK, $"GET {url}");
        return page;
    }

    /// <summary>The evaluation page, which must open (200).</summary>
    public Task<Page> EvaluationAsync(int id) => PageAsync($"/Evaluations/{id}");

    /// <summary>
    /// Opens <paramref name="formPage"/> (which must answer 200) and posts the fields to <paramref name="action"/>
    /// with that page's antiforgery token, as its form would.
    /// </summary>
    public async Task<Page> PostFromAsync(string formPage, string action, params (string Name, string Value)[] fields)
    {
        var token = (await PageAsync(formPage)).Token;
        return await PostAsync(action, new FormFields(fields.Select(f => KeyValuePair.Create(f.Name, f.Value))).WithToken(token));
    }

    /// <summary>Posts the evaluation form to one of the page's handlers (Save, Submit, Recompute …).</summary>
    public Task<Page> PostEvaluationAsync(int id, string handler, IEnumerable<KeyValuePair<string, string>> fields) =>
        PostAsync($"/Evaluations/{id}?handler={handler}", fields);

    public void UseBearer(string token) => http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);

    public void Dispose() => http.Dispose();

    /// <summary>The body is read whole, so the response needs no disposing.</summary>
    private static async Task<Page> ReadAsync(HttpResponseMessage response) =>
        new(response, await response.Content.ReadAsStringAsync(DemoSite.Cancel));
}
