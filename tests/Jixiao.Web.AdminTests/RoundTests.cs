using System.Globalization;
using System.Net;
using Jixiao.Core.Evaluations;
using Jixiao.Documents.Evaluations;
using Jixiao.Documents.Schemes;
using Jixiao.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace Jixiao.Web.AdminTests;

/// <summary>
/// Opening a 年度自评任务 gives each chosen department exactly one draft, prefilled from its last evaluation
/// (sample 001: 荔湾区 2021 with 4 tasks and 21 indicators; sample 000: 花都区 2022 with 5 tasks); a department
/// without one starts empty. Assigning more departments later does the same. Everything is logged.
/// </summary>
public sealed class RoundTests(AdminAppFactory app) : IClassFixture<AdminAppFactory>
{
    private const string Liwan = "广州市荔湾区机关事务管理局";
    private const string HuaduAffairs = "广州市花都区机关事务管理局";

    private static readonly SchemeCatalog Schemes = SchemeCatalog.Load(Path.Combine(AppContext.BaseDirectory, "schemes"));

    [Fact]
    public async Task Opening_a_round_for_two_departments_gives_each_one_draft_prefilled_from_its_last_year()
    {
        using var admin = await app.LoggedInAsync("admin");
        using (var created = await admin.PostAsync("/Admin/Departments", "/Admin/Departments", ("Input.Name", "广州市越秀区新设局"), ("Input.Region", "广东省广州市越秀区")))
            created.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var ids = await DepartmentIdsAsync(Liwan, "广州市越秀区新设局");

        using var response = await admin.PostAsync("/Admin/Rounds/Create", "/Admin/Rounds/Create",
            ("Title", ""), ("Year", "2022"), ("SchemeId", "guangzhou-2022"), ("Deadline", "2099-04-30"),
            ("DepartmentIds", Id(ids[0])), ("DepartmentIds", Id(ids[1])));
        response.StatusCode.ShouldBe(HttpStatusCode.Redirect);

        var round = await app.QueryAsync(db => db.Rounds.SingleAsync(r => r.Year == 2022));
        round.Title.ShouldBe("2022年度部门整体支出绩效自评");
        round.SchemeId.ShouldBe("guangzhou-2022");
        round.Deadline.ShouldBe(new DateOnly(2099, 4, 30));
        response.Headers.Location!.OriginalString.ShouldBe($"/Admin/Rounds/{round.Id}");

        var drafts = await app.QueryAsync(db => db.Evaluations.Include(e => e.Department).Where(e => e.Year == 2022 && ids.Contains(e.DepartmentId)).ToListAsync());
        drafts.Count.ShouldBe(2);
        drafts.ShouldAllBe(e => e.Status == EvaluationStatus.Draft && e.RoundId == round.Id && e.SchemeId == "guangzhou-2022");
        drafts.Select(e => e.DepartmentId).Order().ShouldBe(ids.Order());

        var lastYear = Sample("001_13894b55cb0ec16c.yaml");
        lastYear.Tasks.Count.ShouldBe(4);
        lastYear.Indicators.Count.ShouldBe(21);
        var liwan = Parse(drafts.Single(e => e.DepartmentId == ids[0]));
        liwan.Department.ShouldBe(Liwan);
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

        var details = await admin.PageAsync($"/Admin/Rounds/{round.Id}");
        foreach (var draft in drafts)
            details.ShouldContain($"<a href=\"/Evaluations/{draft.Id}\">");
        await admin.PageAsync($"/Evaluations/{drafts[0].Id}");

        var log = await app.QueryAsync(db => db.AuditLog.Where(a => a.Id > 0).OrderBy(a => a.Id).ToListAsync());
        log.Single(a => a.Action == "开启任务" && a.Detail.StartsWith("2022年度", StringComparison.Ordinal)).UserName.ShouldBe("admin");
        log.Single(a => a.Action == "分配部门" && a.Detail.StartsWith("任务：2022年度", StringComparison.Ordinal)).Detail.ShouldBe($"任务：2022年度部门整体支出绩效自评\n部门：（无） → {Liwan}、广州市越秀区新设局");
        foreach (var draft in drafts)
            log.ShouldContain(a => a.Action == "创建" && a.EvaluationRecordId == draft.Id && a.UserName == "admin");
    }

    [Fact]
    public async Task A_department_assigned_later_gets_its_draft_and_one_that_already_has_that_year_is_not_offered()
    {
        using var admin = await app.LoggedInAsync("admin");
        var ids = await DepartmentIdsAsync(Liwan, HuaduAffairs);
        using (var open = await admin.PostAsync("/Admin/Rounds/Create", "/Admin/Rounds/Create",
                   ("Title", "2024 年度自评（补充）"), ("Year", "2024"), ("SchemeId", "guangzhou-2023"), ("Deadline", "2099-05-31"), ("DepartmentIds", Id(ids[0]))))
            open.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var round = await app.QueryAsync(db => db.Rounds.SingleAsync(r => r.Year == 2024));
        var page = $"/Admin/Rounds/{round.Id}";
        (await app.QueryAsync(db => db.Evaluations.CountAsync(e => e.RoundId == round.Id))).ShouldBe(1);

        using (var assign = await admin.PostAsync(page, $"{page}?handler=Assign", ("DepartmentIds", Id(ids[1]))))
            assign.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var draft = await app.QueryAsync(db => db.Evaluations.SingleAsync(e => e.RoundId == round.Id && e.DepartmentId == ids[1]));
        draft.Year.ShouldBe(2024);
        Parse(draft).Tasks.Select(t => t.Name).ShouldBe(Sample("000_c25bfb41d425b3b3.yaml").Tasks.Select(t => t.Name));
        (await app.QueryAsync(db => db.AuditLog.SingleAsync(a => a.Action == "分配部门" && a.Detail.Contains("新增部门"))))
            .Detail.ShouldBe($"任务：2024 年度自评（补充）\n新增部门：（无） → {HuaduAffairs}");

        // 花都区人民政府办公室 filed 2023 but not 2024: offered. 荔湾区 and 花都区机关事务管理局 are in the round: not listed.
        var html = await admin.PageAsync(page);
        html.ShouldNotContain($"name=\"DepartmentIds\" value=\"{ids[1]}\"");
        html.ShouldContain("广州市花都区人民政府办公室");
    }

    [Fact]
    public async Task A_round_form_with_mistakes_shows_each_error_beside_its_field_and_keeps_what_was_typed()
    {
        using var admin = await app.LoggedInAsync("admin");
        var rounds = await app.QueryAsync(db => db.Rounds.CountAsync());
        using var response = await admin.PostAsync("/Admin/Rounds/Create", "/Admin/Rounds/Create",
            ("Title", "我的任务名称"), ("Year", "二〇二四"), ("SchemeId", "no-such-scheme"), ("Deadline", "2001-01-01"));
        response.StatusCode.ShouldBe(HttpStatusCode.UnprocessableEntity);
        var html = await Browser.TextAsync(response);
        Browser.ElementText(html, "Year-err").ShouldBe("请填写年度，例如 2025");
        Browser.ElementText(html, "SchemeId-err").ShouldBe("请选择评分方案");
        Browser.ElementText(html, "Deadline-err").ShouldBe("截止日期不能早于今天");
        Browser.ElementText(html, "DepartmentIds-err").ShouldBe("请至少选择一个部门");
        Browser.InputValue(html, "Title").ShouldBe("我的任务名称");
        Browser.InputValue(html, "Year").ShouldBe("二〇二四");
        html.ShouldNotContain("checked=\"checked\"", customMessage: "未勾选的部门保持未勾选");
        (await app.QueryAsync(db => db.Rounds.CountAsync())).ShouldBe(rounds);
    }

    [Fact]
    public async Task A_round_where_every_chosen_department_already_has_that_year_is_refused()
    {
        using var admin = await app.LoggedInAsync("admin");
        var ids = await DepartmentIdsAsync(HuaduAffairs);
        using var response = await admin.PostAsync("/Admin/Rounds/Create", "/Admin/Rounds/Create",
            ("Title", ""), ("Year", "2022"), ("SchemeId", "guangzhou-2022"), ("Deadline", "2099-01-01"), ("DepartmentIds", Id(ids[0])));
        response.StatusCode.ShouldBe(HttpStatusCode.UnprocessableEntity);
        var html = await Browser.TextAsync(response);
        Browser.ElementText(html, "DepartmentIds-err").ShouldBe("所选部门都已有 2022 年度的自评，无需再开启任务");
        html.ShouldContain($"value=\"{ids[0]}\" checked=\"checked\"");
    }

    private static string Id(int id) => id.ToString(CultureInfo.InvariantCulture);

    private static Evaluation Sample(string file) => EvaluationFile.Load(Path.Combine(AppContext.BaseDirectory, "samples", file), Schemes);

    private static Evaluation Parse(EvaluationRecord record) => EvaluationFile.Parse(record.Content, $"自评 {record.Id}", Schemes);

    private async Task<int[]> DepartmentIdsAsync(params string[] names)
    {
        var all = await app.QueryAsync(db => db.Departments.ToDictionaryAsync(d => d.Name, d => d.Id));
        return names.Select(n => all[n]).ToArray();
    }
}
