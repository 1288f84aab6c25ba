using System.Text.RegularExpressions;
using Microsoft.Playwright;
using static Jixiao.Web.BrowserTests.Browse;
using static Microsoft.Playwright.Assertions;

namespace Jixiao.Web.BrowserTests;

/// <summary>
/// One evaluation from draft to public report, as the people involved click through it: the Liwan filer types
/// figures and sees the score move, imports a report, is refused a submission with errors, fixes them and submits;
/// the reviewer re-scores and returns it; the filer fixes and resubmits; the reviewer accepts and publishes; anyone
/// reads the report. Each step leaves a screenshot in artifacts/screenshots/flow.
/// </summary>
public sealed class EvaluationFlowTests(BrowserApp app)
{
    private const string Department = "广州市荔湾区机关事务管理局";
    private const string Seed = "003_05b5c00abd3b0c5c.txt";
    private const string ReturnReason = "请补充“（五）部门整体绩效管理情况”，写明绩效目标管理和评价结果应用。";

    [Fact]
    public async Task Filer_and_reviewer_take_an_evaluation_from_draft_to_public_report()
    {
        var page = await app.NewPageAsync();
        var console = WatchConsole(page);
        var steps = new Steps(page, "flow");
        var id = 0;

        // 1. The filer signs in through the login page and opens the 2025 draft from the list.
        await steps.RunAsync("login-page", async () =>
        {
            await page.GotoAsync("/Evaluations");
            await Expect(page).ToHaveURLAsync(new Regex("/Account/Login"));
            await page.GetByLabel("用户名", new() { Exact = true }).FillAsync("filer-001");
            await page.GetByLabel("密码", new() { Exact = true }).FillAsync(JixiaoWebFactory.Password);
        });
        await steps.RunAsync("evaluation-list", async () =>
        {
            await page.GetByRole(AriaRole.Button, new() { Name = "登录", Exact = true }).ClickAsync();
            await Expect(page).ToHaveURLAsync(new Regex("/Evaluations$"));
            await Expect(page.Locator("header .who")).ToContainTextAsync(Department);
            var draft = ListRow(page, "2025 年度");
            await Expect(draft.Locator(".badge")).ToHaveTextAsync("草稿");
            await Expect(draft).ToContainTextAsync(Department);
        });
        await steps.RunAsync("evaluation-page", async () =>
        {
            await page.GetByRole(AriaRole.Link, new() { Name = "2025 年度" }).ClickAsync();
            await Expect(page).ToHaveURLAsync(new Regex(@"/Evaluations/\d+$"));
            id = IdFromUrl(page);
            await Expect(page.Locator("h1")).ToContainTextAsync($"2025 年度 {Department}");
            await Expect(Badge(page)).ToHaveTextAsync("草稿");
        });

        // 2. Figures typed in are recomputed by the server as the user types; a non-number is refused beside the field.
        await steps.RunAsync("figures-95-percent", async () =>
        {
            var before = await ItemScore(page, "execution").TextContentAsync();
            await FillAndRecomputeAsync(page, "#fig-budget-total", "1000");
            await FillAndRecomputeAsync(page, "#fig-spent-total", "950");
            // 950 / 1000 = 95.00%; the scheme scores 预算执行率 as 10 × 95% = 9.5 points.
            await Expect(Rate(page, "execution")).ToHaveTextAsync("95.00%");
            await Expect(ItemScore(page, "execution")).ToHaveTextAsync("9.5");
            (await ItemScore(page, "execution").TextContentAsync()).ShouldNotBe(before);
        });
        await steps.RunAsync("figures-80-percent", async () =>
        {
            await FillAndRecomputeAsync(page, "#fig-spent-total", "800");
            // 800 / 1000 = 80.00% → 10 × 80% = 8 points.
            await Expect(Rate(page, "execution")).ToHaveTextAsync("80.00%");
            await Expect(ItemScore(page, "execution")).ToHaveTextAsync("8");
        });
        await steps.RunAsync("not-a-number", async () =>
        {
            var meta = await page.Locator(".eval-head .meta").TextContentAsync();
            await FillAndRecomputeAsync(page, "#fig-budget-initial", "abc");
            await Expect(page.Locator("#fig-budget-initial-err")).ToHaveTextAsync("请填写数字，如 6612.3");
            await Expect(page.Locator("#fig-budget-initial")).ToHaveAttributeAsync("aria-invalid", "true");
            await Expect(page.Locator("#results [data-field-errors]")).ToContainTextAsync("年初预算数：请填写数字");
            // Nothing was saved: the page still shows the same revision.
            await Expect(page.Locator(".eval-head .meta")).ToHaveTextAsync(meta!);
        });
        await steps.RunAsync("saved", async () =>
        {
            await FillAndRecomputeAsync(page, "#fig-budget-initial", "");
            await Expect(page.Locator("#fig-budget-initial-err")).ToHaveCountAsync(0);
            await Expect(page.Locator("#fig-budget-initial")).Not.ToHaveAttributeAsync("aria-invalid", "true");
            await page.GetByRole(AriaRole.Button, new() { Name = "保存", Exact = true }).ClickAsync();
            await Expect(Message(page)).ToContainTextAsync("已保存");
            await Expect(page.Locator("#fig-spent-total")).ToHaveValueAsync("800");
        });

        // 3. Prefill from a report the department already has: the preview shows each value with its source line.
        await steps.RunAsync("import-preview", async () =>
        {
            await page.GetByRole(AriaRole.Link, new() { Name = "从文件导入" }).ClickAsync();
            await Expect(page).ToHaveURLAsync(new Regex($"/Evaluations/Import/{id}$"));
            await page.GetByLabel("选择文件").SetInputFilesAsync(Path.Combine(AppContext.BaseDirectory, "Fixtures", Seed));
            await page.GetByRole(AriaRole.Button, new() { Name = "上传并识别" }).ClickAsync();
            await Expect(page.Locator("#preview-h")).ToContainTextAsync(Seed);
            var budget = PreviewRow(page, "全年预算数");
            await Expect(budget.Locator("td").Nth(0)).ToHaveTextAsync("6390.11 万元");
            await Expect(budget.Locator("td").Nth(1)).ToContainTextAsync("全年预算数 6390.11 万元");
            var spent = PreviewRow(page, "执行数");
            await Expect(spent.Locator("td").Nth(0)).ToHaveTextAsync("6385.04 万元");
            await Expect(spent.Locator("td").Nth(1)).ToContainTextAsync("执行数 6385.04 万元");
            // Sections the document names under its own (2022) outline are shown by title, not by id.
            await Expect(page.Locator("section[aria-labelledby=preview-h]")).ToContainTextAsync("正文：（四）主要工作成效");
            await Expect(page.Locator("section[aria-labelledby=preview-h]")).Not.ToContainTextAsync("正文：achievements");
        });
        await steps.RunAsync("import-applied", async () =>
        {
            await page.GetByRole(AriaRole.Button, new() { Name = "采用并保存" }).ClickAsync();
            await Expect(page).ToHaveURLAsync(new Regex($"/Evaluations/{id}$"));
            await Expect(Message(page)).ToContainTextAsync($"已按“{Seed}”预填并保存");
            await Expect(page.Locator("#fig-budget-total")).ToHaveValueAsync("6390.11");
            await Expect(page.Locator("#fig-spent-total")).ToHaveValueAsync("6385.04");
            // 6385.04 / 6390.11 = 99.92%.
            await Expect(Rate(page, "execution")).ToHaveTextAsync("99.92%");
            await Expect(page.GetByLabel("（四）主要工作成效")).ToHaveValueAsync(new Regex("深入贯彻习近平"));
        });

        // 4. The document's own error blocks submission: by source 5394.61 + 990.38 + 0 + 0 = 6384.99 ≠ 6385.04.
        await steps.RunAsync("submit-refused", async () =>
        {
            await page.GetByRole(AriaRole.Button, new() { Name = "提交审核" }).ClickAsync();
            var summary = page.Locator(".error-summary");
            await Expect(summary).ToContainTextAsync("还有 1 处错误，不能提交");
            await Expect(summary).ToBeFocusedAsync();
            var link = summary.GetByRole(AriaRole.Link);
            await Expect(link).ToHaveCountAsync(1);
            await Expect(link).ToContainTextAsync("= 6384.99，与执行数 6385.04 不符（相差 -0.05）");
            await Expect(link).ToHaveAttributeAsync("href", "#fig-spent-total");
            await Expect(Badge(page)).ToHaveTextAsync("草稿");
        });
        await steps.RunAsync("error-fixed", async () =>
        {
            await page.Locator(".error-summary").GetByRole(AriaRole.Link).ClickAsync();
            await Expect(page).ToHaveURLAsync(new Regex("#fig-spent-total$"));
            await Expect(page.Locator("#fig-spent-total")).ToBeFocusedAsync();
            // 5394.61 + 990.38 + 0 + 0.05 = 6385.04: the 0.05 the document left out, as 其他资金支出.
            await FillAndRecomputeAsync(page, "#fig-spentBySource-other", "0.05");
            await Expect(page.Locator("#results .findings")).Not.ToContainTextAsync("不符");
            await Expect(page.Locator("#results .findings .sev-error")).ToHaveCountAsync(0);
            // The refused list at the top no longer claims an error.
            await Expect(page.Locator("#form-top")).ToHaveTextAsync("上面列出的问题均已修正，请再次保存或提交。");
        });
        await steps.RunAsync("required-items-filled", async () =>
        {
            // The results panel asks for the indicators; the findings for the stated score and grade.
            await Expect(page.Locator("#results [data-total]")).ToContainTextAsync("“绩效指标”的各项绩效指标");
            await FillAndRecomputeAsync(page, "#summary-count", "10");
            await FillAndRecomputeAsync(page, "#summary-met", "10");
            // 10 × 6385.04 / 6390.11 = 9.992 points + 90 × 10 / 10 = 90 → 99.99, 优.
            await Expect(page.Locator("#results [data-score]")).ToHaveTextAsync("99.99");
            await Expect(page.Locator("#results [data-grade]")).ToHaveTextAsync("优");
            await page.Locator("#results .findings a", new() { HasTextString = "未写明自评得分" }).ClickAsync();
            await Expect(page.Locator("#stated-score")).ToBeFocusedAsync();
            await FillAndRecomputeAsync(page, "#stated-score", "99.99");
            await page.Locator("#results .findings a", new() { HasTextString = "未写明评级" }).ClickAsync();
            await Expect(page.Locator("#stated-grade")).ToBeFocusedAsync();
            var before = await page.EvaluateAsync<string>("() => document.getElementById('results').dataset.updated");
            await page.Locator("#stated-grade").SelectOptionAsync("优");
            await page.WaitForFunctionAsync("before => document.getElementById('results').dataset.updated !== before", before);
            await Expect(page.Locator("#results .findings")).Not.ToContainTextAsync("未写明自评得分");
            await Expect(page.Locator("#results .findings")).Not.ToContainTextAsync("未写明评级");
        });
        await steps.RunAsync("submitted", async () =>
        {
            await page.GetByRole(AriaRole.Button, new() { Name = "提交审核" }).ClickAsync();
            await Expect(Message(page)).ToContainTextAsync("已提交财政局审核");
            await Expect(Badge(page)).ToHaveTextAsync("已提交");
            await Expect(page.Locator("#fig-spentBySource-other")).ToBeDisabledAsync();
            await Expect(page.Locator("#fig-spentBySource-other")).ToHaveValueAsync("0.05");
        });

        // 5. The reviewer finds it in the inbox, re-scores one item with a comment, and returns it with a reason.
        await steps.RunAsync("review-inbox", async () =>
        {
            await LogoutAsync(page);
            await LoginAsync(page, "reviewer");
            await Expect(page).ToHaveURLAsync(new Regex("/Review$"));
            await Expect(page.Locator(".filters a[aria-current=page]")).ToContainTextAsync("待审核");
            var row = page.GetByRole(AriaRole.Row).Filter(new() { Has = page.Locator($"a[href='/Review/{id}']") });
            await Expect(row).ToContainTextAsync(Department);
            await Expect(row).ToContainTextAsync("2025");
            await Expect(row.Locator(".badge")).ToHaveTextAsync("已提交");
        });
        await steps.RunAsync("review-page", async () =>
        {
            await page.Locator($"a[href='/Review/{id}']").ClickAsync();
            await Expect(page).ToHaveURLAsync(new Regex($"/Review/{id}$"));
            await Expect(page.Locator(".score-line")).ToContainTextAsync("99.99 分 · 优");
            await Expect(page.Locator("[data-reviewed-total]")).ToHaveCountAsync(0);
        });
        await steps.RunAsync("rescored", async () =>
        {
            await page.GetByLabel("预算执行率 复核得分").FillAsync("9.5");
            await page.GetByLabel("预算执行率 复核意见").FillAsync("资金来源支出原报合计与执行数不符，经更正后通过，酌减");
            await page.GetByRole(AriaRole.Button, new() { Name = "保存复核" }).ClickAsync();
            await Expect(Message(page)).ToHaveTextAsync("已保存 1 项复核。");
            // 99.992 − 9.992 + 9.5 = 99.5, still 优.
            await Expect(page.Locator("[data-reviewed-total]")).ToHaveTextAsync("99.5 分 · 优");
            await Expect(page.GetByLabel("预算执行率 复核得分")).ToHaveValueAsync("9.5");
        });
        await steps.RunAsync("returned", async () =>
        {
            await page.GetByLabel("退回原因（部门将看到）").FillAsync(ReturnReason);
            await page.GetByRole(AriaRole.Button, new() { Name = "退回修改" }).ClickAsync();
            await Expect(Message(page)).ToHaveTextAsync("已退回部门修改。");
            await Expect(Badge(page)).ToHaveTextAsync("已退回");
            await Expect(page.Locator(".decision")).ToContainTextAsync(ReturnReason);
        });

        // 6. The filer sees the return and its reason, changes a field, saves and submits again.
        await steps.RunAsync("filer-sees-return", async () =>
        {
            await LogoutAsync(page);
            await LoginAsync(page, "filer-001");
            await Expect(ListRow(page, "2025 年度").Locator(".badge")).ToHaveTextAsync("已退回");
            await page.GetByRole(AriaRole.Link, new() { Name = "2025 年度" }).ClickAsync();
            await Expect(Badge(page)).ToHaveTextAsync("已退回");
            await Expect(page.Locator(".notice.warn")).ToContainTextAsync("财政局退回意见：" + ReturnReason);
        });
        await steps.RunAsync("resubmitted", async () =>
        {
            var section = page.GetByLabel("（五）部门整体绩效管理情况");
            await section.FillAsync("全面实施预算绩效管理，年初设定绩效目标，年中开展绩效监控，年末开展自评，评价结果用于下年度预算安排。");
            await page.GetByRole(AriaRole.Button, new() { Name = "保存", Exact = true }).ClickAsync();
            await Expect(Message(page)).ToContainTextAsync("已保存");
            await Expect(section).ToHaveValueAsync(new Regex("评价结果用于下年度预算安排"));
            await page.GetByRole(AriaRole.Button, new() { Name = "提交审核" }).ClickAsync();
            await Expect(Message(page)).ToContainTextAsync("已提交财政局审核");
            await Expect(Badge(page)).ToHaveTextAsync("已提交");
        });

        // 7. The reviewer accepts, then publishes.
        await steps.RunAsync("accepted", async () =>
        {
            await LogoutAsync(page);
            await LoginAsync(page, "reviewer");
            await page.GotoAsync($"/Review/{id}");
            await Expect(page.Locator(".narrative").Filter(new() { HasTextString = "评价结果用于下年度预算安排" })).ToHaveCountAsync(1);
            await page.GetByRole(AriaRole.Button, new() { Name = "审核通过" }).ClickAsync();
            await Expect(Message(page)).ToContainTextAsync("已通过审核");
            await Expect(Badge(page)).ToHaveTextAsync("已通过");
        });
        await steps.RunAsync("published", async () =>
        {
            await page.GetByRole(AriaRole.Button, new() { Name = "发布", Exact = true }).ClickAsync();
            await Expect(Message(page)).ToContainTextAsync("已发布");
            await Expect(Badge(page)).ToHaveTextAsync("已发布");
            await Expect(page.GetByRole(AriaRole.Link, new() { Name = "公开页面" })).ToHaveAttributeAsync("href", $"/Public/Report/{id}");
        });
        await LogoutAsync(page);

        // 8. Anyone, without signing in, finds the report among the public ones and reads it.
        var reader = await app.NewPageAsync();
        var readerConsole = WatchConsole(reader);
        steps.Page = reader;
        await steps.RunAsync("public-list", async () =>
        {
            var response = await reader.GotoAsync("/Public");
            response!.Status.ShouldBe(200);
            await Expect(reader.Locator("main")).ToContainTextAsync(Department);
            await Expect(reader.Locator($"main a[href='/Public/Report/{id}']")).ToHaveCountAsync(1);
        });
        await steps.RunAsync("public-report", async () =>
        {
            await reader.Locator($"main a[href='/Public/Report/{id}']").ClickAsync();
            await Expect(reader).ToHaveURLAsync(new Regex($"/Public/Report/{id}$"));
            await Expect(reader.Locator("main")).ToContainTextAsync(Department);
            await Expect(reader.Locator("main")).ToContainTextAsync(new Regex(@"6,?390\.11"));
        });

        // The refused submission answers 422 on purpose (the page again, with its errors); nothing else may fail.
        console.ShouldHaveSingleItem().ShouldContain("status of 422");
        console[0].ShouldContain($"/Evaluations/{id}?handler=Submit");
        readerConsole.ShouldBeEmpty();
    }

    private static ILocator Badge(IPage page) => page.Locator(".eval-head .badge");

    /// <summary>The one-off message a page shows after a post (saved, submitted, returned…).</summary>
    private static ILocator Message(IPage page) => page.Locator("main > .notice[role=status]");

    private static ILocator ListRow(IPage page, string linkText) =>
        page.GetByRole(AriaRole.Row).Filter(new() { Has = page.GetByRole(AriaRole.Link, new() { Name = linkText }) });

    /// <summary>A row of the import preview by its label (exactly, so 执行数 is not 基本支出执行数).</summary>
    private static ILocator PreviewRow(IPage page, string label) =>
        page.Locator("section[aria-labelledby=preview-h] tbody tr").Filter(new() { Has = page.GetByRole(AriaRole.Rowheader, new() { Name = label, Exact = true }) });
}
