using System.Net;

namespace Jixiao.Web.Tests.Infrastructure;

/// <summary>A response as the tests read it: status, redirect, headers and the HTML (raw, and decoded as a reader sees it).</summary>
internal sealed class Page(HttpResponseMessage response, string html)
{
    public HttpResponseMessage Response => response;

    public HttpStatusCode Status => response.StatusCode;

    public string Html => html;

    /// <summary>The page's text with character references decoded (Razor writes Chinese as &amp;#x…;).</summary>
    public string Text => WebUtility.HtmlDecode(html);

    public string? Location => response.Headers.Location?.OriginalString;

    public string Token => HtmlScraper.Token(html);

    public FormFields Form(string id = "evaluation-form") => HtmlScraper.Form(html, id);

    /// <summary>Set-Cookie headers of this response.</summary>
    public IReadOnlyList<string> SetCookies => response.Headers.TryGetValues("Set-Cookie", out var values) ? values.ToList() : [];

    public string? SetCookie(string name) => SetCookies.FirstOrDefault(c => c.StartsWith(name + "=", StringComparison.Ordinal));

    public override string ToString() => $"{(int)Status} {Location}";
}
