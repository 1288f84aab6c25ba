using System.Net;
using System.Text.RegularExpressions;

namespace Jixiao.Web.AdminTests;

/// <summary>
/// A browser without JavaScript: keeps cookies, follows no redirects (the tests look at them), reads the
/// antiforgery token out of the page it posts from, and decodes the HTML so Chinese text can be searched.
/// </summary>
public sealed partial class Browser(HttpClient client) : IDisposable
{
    public HttpClient Client => client;

    public Task<HttpResponseMessage> GetAsync(string url) => client.GetAsync(new Uri(url, UriKind.Relative));

    /// <summary>The page at <paramref name="url"/>, which must answer 200; HTML entities decoded.</summary>
    public async Task<string> PageAsync(string url)
    {
        using var response = await GetAsync(url);
        response.StatusCode.ShouldBe(HttpStatusCode.OK, $"GET {url}");
        return await TextAsync(response);
    }

    public static async Task<string> TextAsync(HttpResponseMessage response) =>
        WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());

    /// <summary>Posts <paramref name="fields"/> to <paramref name="action"/> with the token of the page at <paramref name="formPage"/>.</summary>
    public async Task<HttpResponseMessage> PostAsync(string formPage, string action, params (string Name, string Value)[] fields)
    {
        var token = Token(await PageAsync(formPage));
        return await PostWithTokenAsync(action, token, fields);
    }

    public async Task<HttpResponseMessage> PostWithTokenAsync(string action, string token, params (string Name, string Value)[] fields)
    {
        using var content = new FormUrlEncodedContent(fields.Select(f => new KeyValuePair<string, string>(f.Name, f.Value))
            .Append(new KeyValuePair<string, string>("__RequestVerificationToken", token)));
        return await client.PostAsync(new Uri(action, UriKind.Relative), content);
    }

    /// <summary>Logs in through the login form; true when the site answered with the redirect of a success.</summary>
    public async Task<bool> LogInAsync(string user, string password)
    {
        using var response = await PostAsync("/Account/Login", "/Account/Login", ("UserName", user), ("Password", password));
        return response.StatusCode == HttpStatusCode.Redirect;
    }

    public async Task<HttpResponseMessage> LogInResponseAsync(string user, string password) =>
        await PostAsync("/Account/Login", "/Account/Login", ("UserName", user), ("Password", password));

    public static string Token(string html) =>
        TokenPattern().Match(html) is { Success: true } m ? m.Groups[1].Value : throw new InvalidOperationException("页面上没有防伪令牌");

    /// <summary>The text of the element with this id (its first line of inner text, tags removed).</summary>
    public static string? ElementText(string html, string id)
    {
        var m = Regex.Match(html, $"<(\\w+)[^>]*\\bid=\"{Regex.Escape(id)}\"[^>]*>(.*?)</\\1>", RegexOptions.Singleline);
        return m.Success ? Regex.Replace(m.Groups[2].Value, "<[^>]+>", "").Trim() : null;
    }

    /// <summary>The value attribute of the input with this id.</summary>
    public static string? InputValue(string html, string id)
    {
        var tag = Regex.Match(html, $"<input[^>]*\\bid=\"{Regex.Escape(id)}\"[^>]*>");
        if (!tag.Success)
            return null;
        var value = Regex.Match(tag.Value, "\\bvalue=\"([^\"]*)\"");
        return value.Success ? value.Groups[1].Value : "";
    }

    /// <summary>The password a page shows once.</summary>
    public static string ShownPassword(string html) =>
        Regex.Match(html, "<code class=\"secret\">([^<]+)</code>") is { Success: true } m ? m.Groups[1].Value : throw new InvalidOperationException("页面上没有显示密码");

    public void Dispose() => client.Dispose();

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex TokenPattern();
}
