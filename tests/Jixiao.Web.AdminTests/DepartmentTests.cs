using System.Net;
using Microsoft.EntityFrameworkCore;

namespace Jixiao.Web.AdminTests;

/// <summary>Departments: created, listed, renamed, given reviewers; names stay unique; every change logged.</summary>
public sealed class DepartmentTests(AdminAppFactory app) : IClassFixture<AdminAppFactory>
{
    [Fact]
    public async Task A_new_department_appears_in_the_list_and_in_the_audit_log()
    {
        using var admin = await app.LoggedInAsync("admin");
        using var response = await admin.PostAsync("/Admin/Departments", "/Admin/Departments",
            ("Input.Name", "  广州市花都区财政局 "), ("Input.Region", "广东省广州市花都区"));
        response.StatusCode.ShouldBe(HttpStatusCode.Redirect);

        var department = await app.QueryAsync(db => db.Departments.SingleAsync(d => d.Name == "广州市花都区财政局"));
        department.Region.ShouldBe("广东省广州市花都区");
        response.Headers.Location!.OriginalString.ShouldBe($"/Admin/Departments/{department.Id}");
        var list = await admin.PageAsync("/Admin/Departments");
        list.ShouldContain($"<a href=\"/Admin/Departments/{department.Id}\">广州市花都区财政局</a>");

        var entry = await app.QueryAsync(db => db.AuditLog.SingleAsync(a => a.Action == "新建部门"));
        entry.UserName.ShouldBe("admin");
        entry.EvaluationRecordId.ShouldBeNull();
        entry.Detail.ShouldBe("名称：（无） → 广州市花都区财政局\n行政区划：（无） → 广东省广州市花都区");
    }

    [Fact]
    public async Task A_duplicate_name_is_refused_beside_the_field_and_the_form_keeps_what_was_typed()
    {
        using var admin = await app.LoggedInAsync("admin");
        var before = await app.QueryAsync(db => db.Departments.CountAsync());
        using var response = await admin.PostAsync("/Admin/Departments", "/Admin/Departments",
            ("Input.Name", "芙蓉区机关事务中心"), ("Input.Region", "湖南省长沙市天心区"));

        response.StatusCode.ShouldBe(HttpStatusCode.UnprocessableEntity);
        var html = await Browser.TextAsync(response);
        Browser.ElementText(html, "Input_Name-err").ShouldBe("已有名为“芙蓉区机关事务中心”的部门，部门名称不能重复");
        html.ShouldContain("aria-describedby=\"Input_Name-hint Input_Name-err\"");
        Browser.InputValue(html, "Input_Name").ShouldBe("芙蓉区机关事务中心");
        Browser.InputValue(html, "Input_Region").ShouldBe("湖南省长沙市天心区");
        (await app.QueryAsync(db => db.Departments.CountAsync())).ShouldBe(before);
    }

    [Fact]
    public async Task An_empty_name_is_refused_beside_the_field()
    {
        using var admin = await app.LoggedInAsync("admin");
        using var response = await admin.PostAsync("/Admin/Departments", "/Admin/Departments", ("Input.Name", "   "), ("Input.Region", "某区"));
        response.StatusCode.ShouldBe(HttpStatusCode.UnprocessableEntity);
        var html = await Browser.TextAsync(response);
        Browser.ElementText(html, "Input_Name-err").ShouldBe("请填写部门名称");
        Browser.InputValue(html, "Input_Region").ShouldBe("某区");
    }

    [Fact]
    public async Task Renaming_to_another_departments_name_is_refused_and_a_real_rename_is_logged_old_to_new()
    {
        using var admin = await app.LoggedInAsync("admin");
        var id = await app.QueryAsync(db => db.Departments.Where(d => d.Name == "广州市花都区人民政府办公室").Select(d => d.Id).SingleAsync());
        var page = $"/Admin/Departments/{id}";

        using (var clash = await admin.PostAsync(page, $"{page}?handler=Save", ("Input.Name", "广州市荔湾区机关事务管理局"), ("Input.Region", "广东省广州市花都区")))
        {
            clash.StatusCode.ShouldBe(HttpStatusCode.UnprocessableEntity);
            Browser.ElementText(await Browser.TextAsync(clash), "Input_Name-err").ShouldBe("已有名为“广州市荔湾区机关事务管理局”的部门，部门名称不能重复");
        }

        using (var rename = await admin.PostAsync(page, $"{page}?handler=Save", ("Input.Name", "广州市花都区人民政府办公室（改）"), ("Input.Region", "广东省广州市花都区")))
            rename.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        (await app.QueryAsync(db => db.Departments.Where(d => d.Id == id).Select(d => d.Name).SingleAsync())).ShouldBe("广州市花都区人民政府办公室（改）");
        var entry = await app.QueryAsync(db => db.AuditLog.SingleAsync(a => a.Action == "修改部门"));
        entry.Detail.ShouldBe("部门：广州市花都区人民政府办公室\n名称：广州市花都区人民政府办公室 → 广州市花都区人民政府办公室（改）");
    }

    [Fact]
    public async Task Reviewers_are_unassigned_and_assigned_and_both_are_logged()
    {
        using var admin = await app.LoggedInAsync("admin");
        var (department, reviewer) = await app.QueryAsync(async db => (
            await db.Departments.Where(d => d.Name == "广州市花都区机关事务管理局").Select(d => d.Id).SingleAsync(),
            await db.Users.Where(u => u.UserName == "reviewer").Select(u => u.Id).SingleAsync()));
        var page = $"/Admin/Departments/{department}";
        Task<bool> Assigned() => app.QueryAsync(db => db.ReviewerAssignments.AnyAsync(a => a.DepartmentId == department && a.UserId == reviewer));
        (await Assigned()).ShouldBeTrue();

        using (var unassign = await admin.PostAsync(page, $"{page}?handler=Unassign", ("userId", reviewer)))
            unassign.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        (await Assigned()).ShouldBeFalse();
        (await admin.PageAsync(page)).ShouldContain("本部门还没有审核人");

        using (var empty = await admin.PostAsync(page, $"{page}?handler=Assign", ("ReviewerId", "")))
        {
            empty.StatusCode.ShouldBe(HttpStatusCode.UnprocessableEntity);
            Browser.ElementText(await Browser.TextAsync(empty), "ReviewerId-err").ShouldBe("请选择一位审核人");
        }
        using (var assign = await admin.PostAsync(page, $"{page}?handler=Assign", ("ReviewerId", reviewer)))
            assign.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        (await Assigned()).ShouldBeTrue();

        var log = await app.QueryAsync(db => db.AuditLog.Where(a => a.Action == "取消审核人" || a.Action == "分配审核人").OrderBy(a => a.Id).ToListAsync());
        log.Select(a => a.Action).ShouldBe(["取消审核人", "分配审核人"]);
        log[0].Detail.ShouldBe("部门：广州市花都区机关事务管理局\n审核人：财政局审核人（reviewer） → （无）");
        log[1].Detail.ShouldBe("部门：广州市花都区机关事务管理局\n审核人：（无） → 财政局审核人（reviewer）");
    }
}
