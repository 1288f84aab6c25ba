using System.Net;
using System.Text.RegularExpressions;
using Jixiao.Web.Data;
using Jixiao.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Jixiao.Web.Tests.Public;

/// <summary>
/// /Public and /Public/Report/{id} on the demo: anyone reads the published sample 000 (广州市花都区机关事务管理局,
/// 2022) without logging in, and nothing that is not published can be reached.
/// </summary>
public sealed class PublicPagesTests(SqliteFactory factory) : IClassFixture<SqliteFactory>
{
    private const string Department = DemoSite.HuaduAffairs;

    private Task<int> PublishedIdAsync() =>
        factory.WithDbAsync(db => db.Evaluations.Where(e => e.Status == EvaluationStatus.Published).Select(e => e.Id).SingleAsync(DemoSite.Cancel));

    [Fact]
    public async Task The_list_shows_the_published_report_to_anyone_and_nothing_unpublished()
    {
        using var anonymous = WebSession.Open(factory);
        var page = (await anonymous.PageAsync("/Public")).Text;

        page.ShouldContain(Department);
        page.ShouldContain($"/Public/Report/{await PublishedIdAsync()}");
        page.ShouldContain("共 1 份报告");
        // Submitted and accepted demo evaluations of other departments stay out of sight.
        page.ShouldNotContain(DemoSite.LiwanAffairs);
        page.ShouldNotContain(DemoSite.HuaduOffice);
        page.ShouldNotContain(DemoSite.Furong);
    }

    [Theory]
    [InlineData("?year=2022", true)]
    [InlineData("?year=2023", false)]
    [InlineData("?region=广东省广州市花都区", true)]
    [InlineData("?region=广东省", true)]
    [InlineData("?region=湖南省长沙市芙蓉区", false)]
    [InlineData("?q=机关事务", true)]
    [InlineData("?q=荔湾", false)]
    [InlineData("?year=2022&region=广东省广州市花都区&q=花都", true)]
    public async Task Filters_by_year_region_and_name(string query, bool found)
    {
        using var anonymous = WebSession.Open(factory);
        var page = (await anonymous.PageAsync("/Public" + query)).Text;

        page.Contains($"{Department}</a>", StringComparison.Ordinal).ShouldBe(found);
        page.Contains("没有符合条件的公开报告", StringComparison.Ordinal).ShouldBe(!found);
    }

    [Fact]
    public async Task The_report_shows_the_seed_figures_and_the_stated_score_labelled()
    {
        using var anonymous = WebSession.Open(factory);
        var page = (await anonymous.PageAsync($"/Public/Report/{await PublishedIdAsync()}")).Text;

        page.ShouldContain($"2022年度{Department}部门整体支出绩效自评报告");
        // Seed 000: 全年预算数 6,612.3 万元, 执行数 6,247.8 万元; 6247.8 / 6612.3 = 94.4875…% (by hand), which
        // the report states with one decimal as 94.5%.
        Regex.IsMatch(page, @"全年预算数</th>\s*<td[^>]*>6,?612\.3 万元").ShouldBeTrue();
        Regex.IsMatch(page, @"执行数</th>\s*<td[^>]*>6,?247\.8 万元").ShouldBeTrue();
        Regex.IsMatch(page, @"预算执行率<span[^>]*>[^<]*</span></th>\s*<td[^>]*>94\.(49|5)%").ShouldBeTrue();
        // The seed gives no indicator table, so the engine cannot recompute: the 91.5 shown is the department's, and says so.
        Regex.IsMatch(page, @"data-score>91\.5</span>").ShouldBeTrue();
        page.ShouldContain("以上为部门自评结果");
        page.ShouldContain("系统未能重算");
    }

    [Fact]
    public async Task The_report_follows_the_schemes_outline_and_ends_with_the_indicator_table()
    {
        using var anonymous = WebSession.Open(factory);
        var page = (await anonymous.PageAsync($"/Public/Report/{await PublishedIdAsync()}")).Text;

        // guangzhou-2022's outline, in order, with the seed's own words under them.
        string[] headings = ["一、基本情况", "（一）部门概况", "（三）部门整体收支情况", "二、综合评价分析", "三、存在的主要问题", "四、下一步改进措施", ">附件<"];
        var at = headings.Select(h => page.IndexOf(h, StringComparison.Ordinal)).ToList();
        at.ShouldAllBe(i => i > 0);
        at.ShouldBe(at.Order().ToList());
        page.ShouldContain("部门整体预算支出执行率较低，原因是年底受疫情影响");
        foreach (var column in new[] { "一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分" })
            page.ShouldContain($">{column}</th>");
    }

    [Theory]
    [InlineData("pdf", "application/pdf", "%PDF")]
    [InlineData("docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document", "PK")]
    [InlineData("xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "PK")]
    public async Task Anyone_downloads_the_published_report_and_table(string format, string type, string magic)
    {
        using var anonymous = WebSession.Open(factory);
        using var response = await anonymous.Http.GetAsync(
            new Uri($"/Public/Report/{await PublishedIdAsync()}?handler=Download&format={format}", UriKind.Relative), DemoSite.Cancel);

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        response.Content.Headers.ContentType?.MediaType.ShouldBe(type);
        var bytes = await response.Content.ReadAsByteArrayAsync(DemoSite.Cancel);
        System.Text.Encoding.ASCII.GetString(bytes, 0, magic.Length).ShouldBe(magic);
        response.Content.Headers.ContentDisposition?.FileNameStar.ShouldStartWith($"2022年度{Department}");
    }

    [Fact]
    public async Task Drafts_submitted_and_accepted_evaluations_and_unknown_ids_are_not_found()
    {
        var hidden = await factory.WithDbAsync(db => db.Evaluations.Where(e => e.Status != EvaluationStatus.Published)
            .Select(e => new { e.Id, e.Status }).ToListAsync(DemoSite.Cancel));
        // The demo holds an accepted, submitted ones and the drafts of the round it opens.
        hidden.Select(h => h.Status).ShouldContain(EvaluationStatus.Draft);
        hidden.Select(h => h.Status).ShouldContain(EvaluationStatus.Submitted);
        hidden.Select(h => h.Status).ShouldContain(EvaluationStatus.Accepted);
        using var anonymous = WebSession.Open(factory);
        foreach (var id in hidden.Select(h => h.Id).Append(987654))
        {
            (await anonymous.GetAsync($"/Public/Report/{id}")).Status.ShouldBe(HttpStatusCode.NotFound, $"自评记录 {id}");
            (await anonymous.GetAsync($"/Public/Report/{id}?handler=Download&format=pdf")).Status.ShouldBe(HttpStatusCode.NotFound, $"自评记录 {id}");
        }
    }

    [Fact]
    public async Task A_signed_in_reviewer_is_still_shown_only_published_reports()
    {
        using var reviewer = await WebSession.SignedInAsync(factory, "reviewer");
        var accepted = await factory.WithDbAsync(db => db.Evaluations.Where(e => e.Status == EvaluationStatus.Accepted).Select(e => e.Id).FirstAsync(DemoSite.Cancel));

        (await reviewer.GetAsync($"/Public/Report/{accepted}")).Status.ShouldBe(HttpStatusCode.NotFound);
        (await reviewer.PageAsync("/Public")).Text.ShouldContain("共 1 份报告");
    }
}
