using System.Text.RegularExpressions;
using Microsoft.Playwright;
using static Jixiao.Web.BrowserTests.Browse;
using static Microsoft.Playwright.Assertions;

namespace Jixiao.Web.BrowserTests;

/// <summary>
/// The pages work without a mouse and on a phone. They use filer-002's draft, which the flow test does not touch,
/// so the order the tests run in does not matter.
/// </summary>
public sealed class AccessTests(BrowserApp app)
{
    private const string Filer = "filer-002";

    [Fact]
    public async Task Login_works_from_the_keyboard_alone()
    {
        var page = await app.NewPageAsync();
        var console = WatchConsole(page);
        var shots = new Screenshots("keyboard");
        await page.GotoAsync("/Account/Login");

        // The first Tab reaches the skip link, which shows itself and jumps past the navigation.
        await page.Keyboard.PressAsync("Tab");
        var skip = page.GetByRole(AriaRole.Link, new() { Name = "跳到正文" });
        await Expect(skip).ToBeFocusedAsync();
        await Expect(skip).ToBeInViewportAsync();
        await shots.TakeAsync(page, "skip-link");
        await page.Keyboard.PressAsync("Enter");
        await page.Keyboard.PressAsync("Tab");
        await Expect(page.GetByLabel("用户名", new() { Exact = true })).ToBeFocusedAsync();
        await page.Keyboard.TypeAsync(Filer);
        await page.Keyboard.PressAsync("Tab");
        await Expect(page.GetByLabel("密码", new() { Exact = true })).ToBeFocusedAsync();
        await page.Keyboard.TypeAsync(JixiaoWebFactory.Password);
        await shots.TakeAsync(page, "login-typed");
        await page.Keyboard.PressAsync("Enter");

        // The browser carries the skip link's #main across the redirect.
        await Expect(page).ToHaveURLAsync(new Regex("/Evaluations(#main)?$"));
        await Expect(page.Locator("header .who")).ToContainTextAsync("广州市花都区人民政府办公室");
        await shots.TakeAsync(page, "signed-in");
        console.ShouldBeEmpty();
    }

    [Fact]
    public async Task Tab_reaches_the_first_figure_and_every_figure_is_labelled()
    {
        var page = await app.NewPageAsync();
        var console = WatchConsole(page);
        var shots = new Screenshots("keyboard-evaluation");
        await OpenDraftAsync(page);

        await page.Keyboard.PressAsync("Tab");
        await page.Keyboard.PressAsync("Enter");
        // From the top of the page: the page's own buttons, the table of contents, 行政区划, 填报形式, then 年初预算数.
        var presses = await TabUntilAsync(page, "fig-budget-initial", 30);
        presses.ShouldBeLessThanOrEqualTo(15);
        var first = page.GetByLabel("年初预算数（万元）");
        await Expect(first).ToBeFocusedAsync();
        await Expect(first).ToHaveAccessibleNameAsync("年初预算数（万元）");
        await page.Keyboard.PressAsync("Tab");
        await page.Keyboard.PressAsync("Tab");
        var total = page.GetByLabel("全年预算数（万元）");
        await Expect(total).ToBeFocusedAsync();
        await Expect(total).ToHaveIdAsync("fig-budget-total");
        await page.Keyboard.TypeAsync("1000");
        await shots.TakeAsync(page, "first-figures");

        // Every input, select and textarea of the form has a label of its own (checkboxes are wrapped by theirs).
        var unlabelled = await page.EvaluateAsync<string[]>("""
            () => [...document.querySelectorAll('#evaluation-form input:not([type=hidden]), #evaluation-form select, #evaluation-form textarea')]
                .filter(e => e.labels.length === 0 || [...e.labels].every(l => !l.textContent.trim()))
                .map(e => e.id || e.name)
            """);
        unlabelled.ShouldBeEmpty();
        console.ShouldBeEmpty();
    }

    [Fact]
    public async Task The_evaluation_page_fits_a_phone_without_sideways_scrolling()
    {
        var page = await app.NewPageAsync(390, 844);
        var console = WatchConsole(page);
        var shots = new Screenshots("phone");
        await page.GotoAsync("/Account/Login");
        await NoSidewaysScrollAsync(page);
        await shots.TakeAsync(page, "login");
        await LoginAsync(page, Filer);
        await NoSidewaysScrollAsync(page);
        await shots.TakeAsync(page, "evaluation-list");
        await page.GetByRole(AriaRole.Link, new() { Name = "2025 年度" }).ClickAsync();
        await Expect(page).ToHaveURLAsync(new Regex(@"/Evaluations/\d+$"));
        await NoSidewaysScrollAsync(page);
        await shots.TakeAsync(page, "evaluation-page");
        console.ShouldBeEmpty();
    }

    private static async Task OpenDraftAsync(IPage page)
    {
        await LoginAsync(page, Filer);
        await page.GetByRole(AriaRole.Link, new() { Name = "2025 年度" }).ClickAsync();
        await Expect(page).ToHaveURLAsync(new Regex(@"/Evaluations/\d+$"));
        await Expect(page.Locator(".eval-head .badge")).ToHaveTextAsync("草稿");
    }

    /// <summary>Presses Tab until the element with the id has the focus; how many presses it took.</summary>
    private static async Task<int> TabUntilAsync(IPage page, string id, int limit)
    {
        for (var presses = 1; presses <= limit; presses++)
        {
            await page.Keyboard.PressAsync("Tab");
            if (await page.EvaluateAsync<string>("() => document.activeElement?.id ?? ''") == id)
                return presses;
        }
        throw new Xunit.Sdk.XunitException($"{limit} 次 Tab 未到达 #{id}");
    }

    private static async Task NoSidewaysScrollAsync(IPage page)
    {
        var (scroll, client) = (await page.EvaluateAsync<int>("() => document.documentElement.scrollWidth"), await page.EvaluateAsync<int>("() => document.documentElement.clientWidth"));
        scroll.ShouldBeLessThanOrEqualTo(390, $"{page.Url} 在 390 像素宽的屏幕上可横向滚动（内容宽 {scroll}，可见 {client}）");
    }
}
