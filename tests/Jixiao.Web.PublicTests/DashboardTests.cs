using System.Net;
using System.Text.RegularExpressions;
using Jixiao.Web.Data;

namespace Jixiao.Web.PublicTests;

/// <summary>
/// The demo plus three departments no reviewer is assigned: one whose score falls by more than 5 points from 2022 to
/// 2023, one that spent 2,800 of its 3,156.9 万元 budget, one that did the same both years.
/// </summary>
public sealed class DashboardApp : JixiaoApp, IAsyncLifetime
{
    public const string Falling = "测试甲局（得分下降）";
    public const string LowRate = "测试乙局（执行率偏低）";
    public const string Steady = "测试丙局（得分持平）";

    public async ValueTask InitializeAsync()
    {
        await FileAsync("002", Falling, 2022, EvaluationStatus.Accepted);
        // Seed 002 spent 3,151.09 of 3,156.9 万元 (99.98 points); spending 2,400 is 76.02%, under 80%, so guangzhou-2023
        // caps the total at 89: 10.98 points less.
        await FileAsync("002", Falling, 2023, EvaluationStatus.Submitted, yaml => yaml.Replace("spent: { total: 3151.09,", "spent: { total: 2400,", StringComparison.Ordinal));
        await FileAsync("002", LowRate, 2023, EvaluationStatus.Submitted, yaml => yaml.Replace("spent: { total: 3151.09,", "spent: { total: 2800,", StringComparison.Ordinal));
        await FileAsync("002", Steady, 2022, EvaluationStatus.Accepted);
        await FileAsync("002", Steady, 2023, EvaluationStatus.Submitted);
    }
}

/// <summary>/Review/Dashboard: who may open it, what each sees, the figures, the marks, the filters, one query.</summary>
public sealed class DashboardTests(DashboardApp app) : IClassFixture<DashboardApp>
{
    private static readonly string[] DemoDepartments = ["广州市花都区机关事务管理局", "广州市荔湾区机关事务管理局", "广州市花都区人民政府办公室", "芙蓉区机关事务中心"];

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private async Task<string> PageAsync(string user, string query = "")
    {
        var client = await app.LoginAsync(user);
        var response = await client.GetAsync("/Review/Dashboard" + query, Ct);
        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        return Samples.Decoded(await response.Content.ReadAsStringAsync(Ct));
    }

    /// <summary>The cells of a department's row in the score table.</summary>
    private static string ScoreRow(string page, string department)
    {
        var table = page[page.IndexOf("class=\"list matrix\"", StringComparison.Ordinal)..];
        var match = Regex.Match(table, $"<th scope=\"row\">{Regex.Escape(department)}</th>(.*?)</tr>", RegexOptions.Singleline);
        match.Success.ShouldBeTrue(department);
        return match.Groups[1].Value;
    }

    /// <summary>The rows of a department in the key figures table.</summary>
    private static string FigureRows(string page, string department)
    {
        var table = page[page.IndexOf("class=\"list figures\"", StringComparison.Ordinal)..];
        var match = Regex.Match(table, $"<th scope=\"rowgroup\"[^>]*>{Regex.Escape(department)}</th>(.*?)</tbody>", RegexOptions.Singleline);
        match.Success.ShouldBeTrue(department);
        return match.Groups[1].Value;
    }

    [Fact]
    public async Task Anonymous_callers_are_sent_to_the_login_page()
    {
        var response = await app.Anonymous().GetAsync("/Review/Dashboard", Ct);

        response.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        response.Headers.Location!.ToString().ShouldContain("/Account/Login");
    }

    [Fact]
    public async Task A_filer_is_refused()
    {
        var client = await app.LoginAsync("filer-000");

        var response = await client.GetAsync("/Review/Dashboard", Ct);

        if (response.StatusCode == HttpStatusCode.Redirect)
            response.Headers.Location!.ToString().ShouldContain("/Account/Denied");
        else
            response.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task The_reviewer_sees_the_four_demo_departments_and_no_other()
    {
        var page = await PageAsync("reviewer");

        page.ShouldContain("共 4 个部门");
        foreach (var department in DemoDepartments)
            ScoreRow(page, department).ShouldNotBeEmpty();
        page.ShouldNotContain(DashboardApp.Falling);
        page.ShouldNotContain(DashboardApp.LowRate);
    }

    [Fact]
    public async Task Key_figures_of_seed_000_are_recomputed_from_the_stored_evaluation()
    {
        var rows = FigureRows(await PageAsync("reviewer"), "广州市花都区机关事务管理局");

        // Seed 000: 6,612.3 and 6,247.8 万元; 6247.8 / 6612.3 = 94.4875…% by hand, shown to two places.
        rows.ShouldContain("6,612.3");
        rows.ShouldContain("6,247.8");
        rows.ShouldContain("94.49%");
        rows.ShouldNotContain("class=\"num low\"");
    }

    [Fact]
    public async Task A_fall_of_more_than_five_points_is_marked_and_a_steady_year_is_not()
    {
        var page = await PageAsync("admin");

        var falling = ScoreRow(page, DashboardApp.Falling);
        falling.ShouldContain("99.98 分 优");
        falling.ShouldContain("89 分 良");
        falling.ShouldContain("<td class=\"drop\">");
        falling.ShouldContain("▼ 较上年 −10.98");
        var steady = ScoreRow(page, DashboardApp.Steady);
        steady.ShouldNotContain("drop");
        steady.ShouldContain("较上年 ±0");
    }

    [Fact]
    public async Task An_execution_rate_below_90_percent_is_marked()
    {
        var rows = FigureRows(await PageAsync("admin"), DashboardApp.LowRate);

        // 2800 / 3156.9 = 88.6946…% (by hand).
        Regex.IsMatch(rows, "<td class=\"num low\"><span class=\"label-m\">预算执行率：</span>88\\.69%").ShouldBeTrue();
        rows.ShouldContain("低于 90%");
    }

    [Fact]
    public async Task Filters_by_year_and_status()
    {
        var published = await PageAsync("reviewer", "?status=Published");
        published.ShouldContain("共 1 个部门");
        ScoreRow(published, "广州市花都区机关事务管理局").ShouldContain("已发布");

        var year2023 = await PageAsync("reviewer", "?year=2023");
        year2023.ShouldContain("共 2 个部门");
        ScoreRow(year2023, "广州市花都区人民政府办公室").ShouldContain("99.98 分");
        ScoreRow(year2023, "广州市荔湾区机关事务管理局").ShouldNotBeEmpty();
        year2023.ShouldNotContain("芙蓉区机关事务中心");
    }

    [Fact]
    public async Task The_chart_is_inline_svg_with_a_bar_per_scored_department_and_nothing_the_policy_blocks()
    {
        var page = await PageAsync("admin", "?year=2023");

        var svg = Regex.Match(page, "<svg class=\"chart\".*?</svg>", RegexOptions.Singleline).Value;
        svg.ShouldNotBeEmpty();
        // 2023 scores: 人民政府办公室, and the three test departments.
        Regex.Count(svg, "<rect class=\"chart-bar").ShouldBe(4);
        svg.ShouldContain("width=\"99.98%\"");
        page.ShouldNotContain("<script>");
        page.ShouldNotContain(" style=\"");
    }

    [Fact]
    public async Task The_evaluations_are_read_in_one_query()
    {
        var client = await app.LoginAsync("admin");
        app.Commands.Clear();

        (await client.GetAsync("/Review/Dashboard", Ct)).StatusCode.ShouldBe(HttpStatusCode.OK);

        app.Commands.Count(c => c.Contains("\"Content\"", StringComparison.Ordinal)).ShouldBe(1);
    }
}
