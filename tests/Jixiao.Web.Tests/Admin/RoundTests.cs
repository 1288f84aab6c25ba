using System.Globalization;
using System.Net;
using Jixiao.Core.Evaluations;
using Jixiao.Documents.Evaluations;
using Jixiao.Web.Data;
using Jixiao.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Jixiao.Web.Tests.Admin;

/// <summary>
/// Opening a 年度自评任务 gives each chosen department exactly one draft, prefilled from its last evaluation
/// (sample 001: 荔湾区 2021 with 4 tasks and 21 indicators; sample 000: 花都区 2022 with 5 tasks); a department
/// without one starts empty. Assigning more departments later does the same. Everything is logged.
/// </summary>
public sealed class RoundTests(SqliteFactory factory) : IClassFixture<SqliteFactory>
{
    [Fact]
    public async Task Opening_a_round_for_two_departments_gives_each_one_draft_prefilled_from_its_last_year()
    {
        using var admin = await WebSession.SignedInAsync(factory, "admin");
        (await admin.PostFromAsync("/Admin/Departments", "/Admin/Departments", ("Input.Name", "广州市越秀区新设局"), ("Input.Region", "广东省广州市越秀区")))
            .Status.ShouldBe(HttpStatusCode.Found);
        var ids = await DepartmentIdsAsync(DemoSite.LiwanAffairs, "广州市越秀区新设局");

        var response = await admin.PostFromAsync("/Admin/Rounds/Create", "/Admin/Rounds/Create",
            ("Title", ""), ("Year", "2022"), ("SchemeId", "guangzhou-2022"), ("Deadline", "2099-04-30"),
            ("DepartmentIds", Id(ids[0])), ("DepartmentIds", Id(ids[1])));
        response.Status.ShouldBe(HttpStatusCode.Found);

        var round = await factory.WithDbAsync(db => db.Rounds.SingleAsync(r => r.Year == 2022, DemoSite.Cancel));
        round.Title.ShouldBe("2022年度部门整体支出绩效自评");
        round.SchemeId.ShouldBe("guangzhou-2022");
        round.Deadline.ShouldBe(new DateOnly(2099, 4, 30));
        response.Location.ShouldBe($"/Admin/Rounds/{round.Id}");

        var drafts = await factory.WithDbAsync(db => db.Evaluations.Include(e => e.Department).Where(e => e.Year == 2022 && ids.Contains(e.DepartmentId)).ToListAsync(DemoSite.Cancel));
        drafts.Count.ShouldBe(2);
        drafts.ShouldAllBe(e => e.Status == EvaluationStatus.Draft && e.RoundId == round.Id && e.SchemeId == "guangzhou-2022");
        drafts.Select(e => e.DepartmentId).Order().ShouldBe(ids.Order());

        var lastYear = TestData.Sample("001");
        lastYear.Tasks.Count.ShouldBe(4);
        lastYear.Indicators.Count.ShouldBe(21);
        var liwan = Parse(drafts.Single(e => e.DepartmentId == ids[0]));
        liwan.Department.ShouldBe(DemoSite.LiwanAffairs);
        liwan.Year.ShouldBe(2022);
        liwan.AnnualGoal.ShouldBe(lastYear.AnnualGoal);
        liwan.Tasks.Select(t => (t.Name, t.Goal)).ShouldBe(lastYear.Tasks.Select(t => (t.Name, t.Goal)));
        liwan.Tasks.ShouldAllBe(t => t.Outcome == null && t.Budget == null);
        liwan.Indicators.Select(i => (i.Level1, i.Level2, i.Name, i.Weight, i.Target.Text))
            .ShouldBe(lastYear.Indicators.Select(i => (i.Level1, i.Level2, i.Name, i.Weight, i.Target.Text)));
        liwan.Indicators.ShouldAllBe(i => i.Actual == null, "上年实际值不带入新年度");
        liwan.Figures.Budget.Total.ShouldBeNull();

        var fresh = Parse(drafts.Single(e => e.DepartmentId == ids[1]));
        fresh.Department.ShouldBe("广州市越秀区新设局");
        fresh.Region.ShouldBe("广东省广州市越秀区");
        fresh.Tasks.ShouldBeEmpty();
        fresh.Indicators.ShouldBeEmpty();

        var details = (await admin.PageAsync($"/Admin/Rounds/{round.Id}")).Text;
        foreach (var draft in drafts)
            details.ShouldContain($"<a href=\"/Evaluations/{draft.Id}\">");
        await admin.PageAsync($"/Evaluations/{drafts[0].Id}");

        var log = await factory.WithDbAsync(db => db.AuditLog.Where(a => a.Id > 0).OrderBy(a => a.Id).ToListAsync(DemoSite.Cancel));
        log.Single(a => a.Action == "开启任务" && a.Detail.StartsWith("2022年度", StringComparison.Ordinal)).UserName.ShouldBe("admin");
        log.Single(a => a.Action == "分配部门" && a.Detail.StartsWith("任务：2022年度", StringComparison.Ordinal)).Detail.ShouldBe($"任务：2022年度部门整体支出绩效自评\n部门：（无） → {DemoSite.LiwanAffairs}、广州市越秀区新设局");
        foreach (var draft in drafts)
            log.ShouldContain(a => a.Action == "创建" && a.EvaluationRecordId == draft.Id && a.UserName == "admin");
    }

    [Fact]
    public async Task A_department_assigned_later_gets_its_draft_and_one_that_already_has_that_year_is_not_offered()
    {
        using var admin = await WebSession.SignedInAsync(factory, "admin");
        var ids = await DepartmentIdsAsync(DemoSite.LiwanAffairs, DemoSite.HuaduAffairs);
        (await admin.PostFromAsync("/Admin/Rounds/Create", "/Admin/Rounds/Create",
                ("Title", "2024 年度自评（补充）"), ("Year", "2024"), ("SchemeId", "guangzhou-2023"), ("Deadline", "2099-05-31"), ("DepartmentIds", Id(ids[0]))))
            .Status.ShouldBe(HttpStatusCode.Found);
        var round = await factory.WithDbAsync(db => db.Rounds.SingleAsync(r => r.Year == 2024, DemoSite.Cancel));
        var page = $"/Admin/Rounds/{round.Id}";
        (await factory.WithDbAsync(db => db.Evaluations.CountAsync(e => e.RoundId == round.Id, DemoSite.Cancel))).ShouldBe(1);

        (await admin.PostFromAsync(page, $"{page}?handler=Assign", ("DepartmentIds", Id(ids[1])))).Status.ShouldBe(HttpStatusCode.Found);
        var draft = await factory.WithDbAsync(db => db.Evaluations.SingleAsync(e => e.RoundId == round.Id && e.DepartmentId == ids[1], DemoSite.Cancel));
        draft.Year.ShouldBe(2024);
        Parse(draft).Tasks.Select(t => t.Name).ShouldBe(TestData.Sample("000").Tasks.Select(t => t.Name));
        (await factory.WithDbAsync(db => db.AuditLog.SingleAsync(a => a.Action == "分配部门" && a.Detail.Contains("新增部门"), DemoSite.Cancel)))
            .Detail.ShouldBe($"任务：2024 年度自评（补充）\n新增部门：（无） → {DemoSite.HuaduAffairs}");

        // 花都区人民政府办公室 filed 2023 but not 2024: offered. 荔湾区 and 花都区机关事务管理局 are in the round: not listed.
        var html = (await admin.PageAsync(page)).Text;
        html.ShouldNotContain($"name=\"DepartmentIds\" value=\"{ids[1]}\"");
        html.ShouldContain("广州市花都区人民政府办公室");
    }

    [Fact]
    public async Task A_round_form_with_mistakes_shows_each_error_beside_its_field_and_keeps_what_was_typed()
    {
        using var admin = await WebSession.SignedInAsync(factory, "admin");
        var rounds = await factory.WithDbAsync(db => db.Rounds.CountAsync(DemoSite.Cancel));
        var response = await admin.PostFromAsync("/Admin/Rounds/Create", "/Admin/Rounds/Create",
            ("Title", "我的任务名称"), ("Year", "二〇二四"), ("SchemeId", "no-such-scheme"), ("Deadline", "2001-01-01"));
        response.Status.ShouldBe(HttpStatusCode.UnprocessableEntity);
        HtmlScraper.FieldError(response.Html, "Year").ShouldBe("请填写年度，例如 2025");
        HtmlScraper.FieldError(response.Html, "SchemeId").ShouldBe("请选择评分方案");
        HtmlScraper.FieldError(response.Html, "Deadline").ShouldBe("截止日期不能早于今天");
        HtmlScraper.FieldError(response.Html, "DepartmentIds").ShouldBe("请至少选择一个部门");
        HtmlScraper.InputValue(response.Html, "Title").ShouldBe("我的任务名称");
        HtmlScraper.InputValue(response.Html, "Year").ShouldBe("二〇二四");
        response.Text.ShouldNotContain("checked=\"checked\"", customMessage: "未勾选的部门保持未勾选");
        (await factory.WithDbAsync(db => db.Rounds.CountAsync(DemoSite.Cancel))).ShouldBe(rounds);
    }

    [Fact]
    public async Task A_round_where_every_chosen_department_already_has_that_year_is_refused()
    {
        using var admin = await WebSession.SignedInAsync(factory, "admin");
        var ids = await DepartmentIdsAsync(DemoSite.HuaduAffairs);
        var response = await admin.PostFromAsync("/Admin/Rounds/Create", "/Admin/Rounds/Create",
            ("Title", ""), ("Year", "2022"), ("SchemeId", "guangzhou-2022"), ("Deadline", "2099-01-01"), ("DepartmentIds", Id(ids[0])));
        response.Status.ShouldBe(HttpStatusCode.UnprocessableEntity);
        HtmlScraper.FieldError(response.Html, "DepartmentIds").ShouldBe("所选部门都已有 2022 年度的自评，无需再开启任务");
        response.Text.ShouldContain($"value=\"{ids[0]}\" checked=\"checked\"");
    }

    private static string Id(int id) => id.ToString(CultureInfo.InvariantCulture);

    private static Evaluation Parse(EvaluationRecord record) => EvaluationFile.Parse(record.Content, $"自评 {record.Id}", TestData.Schemes);

    private async Task<int[]> DepartmentIdsAsync(params string[] names)
    {
        var ids = new int[names.Length];
        for (var i = 0; i < names.Length; i++)
            ids[i] = await factory.DepartmentIdAsync(names[i]);
        return ids;
    }
}
