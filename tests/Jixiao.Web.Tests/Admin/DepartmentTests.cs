using System.Net;
using Jixiao.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Jixiao.Web.Tests.Admin;

/// <summary>Departments: created, listed, renamed, given reviewers; names stay unique; every change logged.</summary>
public sealed class DepartmentTests(SqliteFactory factory) : IClassFixture<SqliteFactory>
{
    [Fact]
    public async Task A_new_department_appears_in_the_list_and_in_the_audit_log()
    {
        using var admin = await WebSession.SignedInAsync(factory, "admin");
        var response = await admin.PostFromAsync("/Admin/Departments", "/Admin/Departments",
            ("Input.Name", "  广州市花都区财政局 "), ("Input.Region", "广东省广州市花都区"));
        response.Status.ShouldBe(HttpStatusCode.Found);

        var department = await factory.WithDbAsync(db => db.Departments.SingleAsync(d => d.Name == "广州市花都区财政局", DemoSite.Cancel));
        department.Region.ShouldBe("广东省广州市花都区");
        response.Location.ShouldBe($"/Admin/Departments/{department.Id}");
        var list = await admin.PageAsync("/Admin/Departments");
        list.Text.ShouldContain($"<a href=\"/Admin/Departments/{department.Id}\">广州市花都区财政局</a>");

        var entry = await factory.WithDbAsync(db => db.AuditLog.SingleAsync(a => a.Action == "新建部门", DemoSite.Cancel));
        entry.UserName.ShouldBe("admin");
        entry.EvaluationRecordId.ShouldBeNull();
        entry.Detail.ShouldBe("名称：（无） → 广州市花都区财政局\n行政区划：（无） → 广东省广州市花都区");
    }

    [Fact]
    public async Task A_duplicate_name_is_refused_beside_the_field_and_the_form_keeps_what_was_typed()
    {
        using var admin = await WebSession.SignedInAsync(factory, "admin");
        var before = await CountAsync();
        var response = await admin.PostFromAsync("/Admin/Departments", "/Admin/Departments",
            ("Input.Name", "芙蓉区机关事务中心"), ("Input.Region", "湖南省长沙市天心区"));

        response.Status.ShouldBe(HttpStatusCode.UnprocessableEntity);
        HtmlScraper.FieldError(response.Html, "Input_Name").ShouldBe("已有名为“芙蓉区机关事务中心”的部门，部门名称不能重复");
        response.Text.ShouldContain("aria-describedby=\"Input_Name-hint Input_Name-err\"");
        HtmlScraper.InputValue(response.Html, "Input.Name").ShouldBe("芙蓉区机关事务中心");
        HtmlScraper.InputValue(response.Html, "Input.Region").ShouldBe("湖南省长沙市天心区");
        (await CountAsync()).ShouldBe(before);
    }

    [Fact]
    public async Task An_empty_name_is_refused_beside_the_field()
    {
        using var admin = await WebSession.SignedInAsync(factory, "admin");
        var response = await admin.PostFromAsync("/Admin/Departments", "/Admin/Departments", ("Input.Name", "   "), ("Input.Region", "某区"));
        response.Status.ShouldBe(HttpStatusCode.UnprocessableEntity);
        HtmlScraper.FieldError(response.Html, "Input_Name").ShouldBe("请填写部门名称");
        HtmlScraper.InputValue(response.Html, "Input.Region").ShouldBe("某区");
    }

    [Fact]
    public async Task Renaming_to_another_departments_name_is_refused_and_a_real_rename_is_logged_old_to_new()
    {
        using var admin = await WebSession.SignedInAsync(factory, "admin");
        var id = await factory.DepartmentIdAsync(DemoSite.HuaduOffice);
        var page = $"/Admin/Departments/{id}";

        var clash = await admin.PostFromAsync(page, $"{page}?handler=Save", ("Input.Name", "广州市荔湾区机关事务管理局"), ("Input.Region", "广东省广州市花都区"));
        clash.Status.ShouldBe(HttpStatusCode.UnprocessableEntity);
        HtmlScraper.FieldError(clash.Html, "Input_Name").ShouldBe("已有名为“广州市荔湾区机关事务管理局”的部门，部门名称不能重复");

        (await admin.PostFromAsync(page, $"{page}?handler=Save", ("Input.Name", "广州市花都区人民政府办公室（改）"), ("Input.Region", "广东省广州市花都区")))
            .Status.ShouldBe(HttpStatusCode.Found);
        (await factory.WithDbAsync(db => db.Departments.Where(d => d.Id == id).Select(d => d.Name).SingleAsync(DemoSite.Cancel)))
            .ShouldBe("广州市花都区人民政府办公室（改）");
        var entry = await factory.WithDbAsync(db => db.AuditLog.SingleAsync(a => a.Action == "修改部门", DemoSite.Cancel));
        entry.Detail.ShouldBe("部门：广州市花都区人民政府办公室\n名称：广州市花都区人民政府办公室 → 广州市花都区人民政府办公室（改）");
    }

    [Fact]
    public async Task Reviewers_are_unassigned_and_assigned_and_both_are_logged()
    {
        using var admin = await WebSession.SignedInAsync(factory, "admin");
        var department = await factory.DepartmentIdAsync(DemoSite.HuaduAffairs);
        var reviewer = await factory.UserIdAsync("reviewer");
        var page = $"/Admin/Departments/{department}";
        Task<bool> Assigned() => factory.WithDbAsync(db => db.ReviewerAssignments.AnyAsync(a => a.DepartmentId == department && a.UserId == reviewer, DemoSite.Cancel));
        (await Assigned()).ShouldBeTrue();

        (await admin.PostFromAsync(page, $"{page}?handler=Unassign", ("userId", reviewer))).Status.ShouldBe(HttpStatusCode.Found);
        (await Assigned()).ShouldBeFalse();
        (await admin.PageAsync(page)).Text.ShouldContain("本部门还没有审核人");

        var empty = await admin.PostFromAsync(page, $"{page}?handler=Assign", ("ReviewerId", ""));
        empty.Status.ShouldBe(HttpStatusCode.UnprocessableEntity);
        HtmlScraper.FieldError(empty.Html, "ReviewerId").ShouldBe("请选择一位审核人");
        (await admin.PostFromAsync(page, $"{page}?handler=Assign", ("ReviewerId", reviewer))).Status.ShouldBe(HttpStatusCode.Found);
        (await Assigned()).ShouldBeTrue();

        var log = await factory.WithDbAsync(db => db.AuditLog.Where(a => a.Action == "取消审核人" || a.Action == "分配审核人").OrderBy(a => a.Id).ToListAsync(DemoSite.Cancel));
        log.Select(a => a.Action).ShouldBe(["取消审核人", "分配审核人"]);
        log[0].Detail.ShouldBe("部门：广州市花都区机关事务管理局\n审核人：财政局审核人（reviewer） → （无）");
        log[1].Detail.ShouldBe("部门：广州市花都区机关事务管理局\n审核人：（无） → 财政局审核人（reviewer）");
    }

    private Task<int> CountAsync() => factory.WithDbAsync(db => db.Departments.CountAsync(DemoSite.Cancel));
}
