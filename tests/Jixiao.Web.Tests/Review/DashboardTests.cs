using System.Net;
using System.Text.RegularExpressions;
using Jixiao.Web.Tests.Infrastructure;

namespace Jixiao.Web.Tests.Review;

/// <summary>/Review/Dashboard: who may open it, what each sees, the figures, the marks, the filters, one query.</summary>
public sealed class DashboardTests(DashboardFactory factory) : IClassFixture<DashboardFactory>
{
    private static readonly string[] DemoDepartments = [DemoSite.HuaduAffairs, DemoSite.LiwanAffairs, DemoSite.HuaduOffice, DemoSite.Furong];

    private async Task<string> PageAsync(string user, string query = "")
    {
        using var session = await WebSession.SignedInAsync(factory, user);
        return (await session.PageAsync("/Review/Dashboard" + query)).Text;
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
        using var anonymous = WebSession.Open(factory);

        (await anonymous.GetAsync("/Review/Dashboard")).ShouldRedirectToLogin("anonymous GET /Review/Dashboard");
    }

    [Fact]
    public async Task A_filer_is_refused()
    {
        using var filer = await WebSession.SignedInAsync(factory, "filer-000");

        var page = await filer.GetAsync("/Review/Dashboard");

        if (page.Status == HttpStatusCode.Found)
            page.ShouldRedirectToDenied("filer-000 GET /Review/Dashboard");
        else
            page.Status.ShouldBe(HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task The_reviewer_sees_the_four_demo_departments_and_no_other()
    {
        var page = await PageAsync("reviewer");

        page.ShouldContain("共 4 个部门");
        foreach (var department in DemoDepartments)
            ScoreRow(page, department).ShouldNotBeEmpty();
        page.ShouldNotContain(DashboardFactory.Falling);
        page.ShouldNotContain(DashboardFactory.LowRate);
    }

    [Fact]
    public async Task Key_figures_of_seed_000_are_recomputed_from_the_stored_evaluation()
    {
        var rows = FigureRows(await PageAsync("reviewer"), DemoSite.HuaduAffairs);

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

        var falling = ScoreRow(page, DashboardFactory.Falling);
        falling.ShouldContain("99.98 分 优");
        falling.ShouldContain("89 分 良");
        falling.ShouldContain("<td class=\"drop\">");
        falling.ShouldContain("▼ 较上年 −10.98");
        var steady = ScoreRow(page, DashboardFactory.Steady);
        steady.ShouldNotContain("drop");
        steady.ShouldContain("较上年 ±0");
    }

    [Fact]
    public async Task An_execution_rate_below_90_percent_is_marked()
    {
        var rows = FigureRows(await PageAsync("admin"), DashboardFactory.LowRate);

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
        using var admin = await WebSession.SignedInAsync(factory, "admin");
        factory.Commands.Clear();

        await admin.PageAsync("/Review/Dashboard");

        factory.Commands.Count(c => c.Contains("\"Content\"", StringComparison.Ordinal)).ShouldBe(1);
    }
}
