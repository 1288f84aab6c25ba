using System.Text.RegularExpressions;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Jixiao.Web.BrowserTests;

/// <summary>What a user does on every page: sign in and out, and type into the evaluation form and wait for the results.</summary>
internal static partial class Browse
{
    public static async Task LoginAsync(IPage page, string user)
    {
        await page.GotoAsync("/Account/Login");
        await page.GetByLabel("用户名", new() { Exact = true }).FillAsync(user);
        await page.GetByLabel("密码", new() { Exact = true }).FillAsync(JixiaoWebFactory.Password);
        await page.GetByRole(AriaRole.Button, new() { Name = "登录", Exact = true }).ClickAsync();
        await Expect(page).Not.ToHaveURLAsync(LoginUrl());
    }

    public static async Task LogoutAsync(IPage page)
    {
        await page.GetByRole(AriaRole.Button, new() { Name = "退出", Exact = true }).ClickAsync();
        await Expect(page).ToHaveURLAsync(LoginUrl());
    }

    /// <summary>
    /// Script errors and console errors (a CSP violation, a failed fetch, a missing file) the page reports from now
    /// on; a test ends by asserting there were none.
    /// </summary>
    public static List<string> WatchConsole(IPage page)
    {
        var problems = new List<string>();
        page.Console += (_, message) =>
        {
            if (message.Type == "error")
                problems.Add($"{message.Text}（{message.Location}）");
        };
        page.PageError += (_, error) => problems.Add(error);
        return problems;
    }

    /// <summary>The evaluation's id from the address of its page (/Evaluations/{id}, /Review/{id}).</summary>
    public static int IdFromUrl(IPage page) => int.Parse(IdInUrl().Match(page.Url).Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>
    /// Types into a field of the evaluation form and waits until evaluation.js has put the server's recomputed
    /// results into #results (it bumps results.dataset.updated): no fixed sleeps.
    /// </summary>
    public static async Task FillAndRecomputeAsync(IPage page, string selector, string value)
    {
        var before = await UpdatedAsync(page);
        await page.Locator(selector).FillAsync(value);
        await page.WaitForFunctionAsync("before => (document.getElementById('results').dataset.updated ?? '') !== before", before);
    }

    /// <summary>The computed value of a rate in the results panel, e.g. "95.00%".</summary>
    public static ILocator Rate(IPage page, string rateId) => page.Locator($"#results tr[data-rate=\"{rateId}\"] td[data-value]");

    /// <summary>An item's score in the results panel's 得分明细.</summary>
    public static ILocator ItemScore(IPage page, string itemId) => page.Locator($"#results tr[data-item=\"{itemId}\"] td[data-item-score]");

    private static async Task<string> UpdatedAsync(IPage page) =>
        await page.EvaluateAsync<string>("() => document.getElementById('results').dataset.updated ?? ''");

    [GeneratedRegex("/Account/Login")]
    private static partial Regex LoginUrl();

    [GeneratedRegex(@"/(?:Evaluations|Review)/(\d+)")]
    private static partial Regex IdInUrl();
}
