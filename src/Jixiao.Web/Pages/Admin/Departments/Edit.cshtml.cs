using Jixiao.Web.Access;
using Jixiao.Web.Data;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Jixiao.Web.Pages.Admin.Departments;

/// <summary>One department: rename it, set its 行政区划, and choose the reviewers who review it.</summary>
public sealed class EditModel(JixiaoDb db, UserManager<AppUser> users, EvaluationAccess access, TimeProvider clock) : PageModel
{
    public sealed record Person(string Id, string UserName, string DisplayName);

    public sealed record EvaluationRow(int Id, int Year, EvaluationStatus Status, decimal? Score, string? Grade);

    [BindProperty]
    public DepartmentInput Input { get; set; } = new();

    /// <summary>The reviewer to assign (a user id).</summary>
    [BindProperty]
    public string? ReviewerId { get; set; }

    public FormErrors Errors { get; } = new();

    public Department Department { get; private set; } = null!;

    public IReadOnlyList<Person> Reviewers { get; private set; } = [];

    /// <summary>Reviewers not yet assigned to this department.</summary>
    public IReadOnlyList<Person> Candidates { get; private set; } = [];

    public IReadOnlyList<Person> Filers { get; private set; } = [];

    public IReadOnlyList<EvaluationRow> Evaluations { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken cancel)
    {
        if (!await LoadAsync(id, cancel))
            return NotFound();
        Input = new DepartmentInput { Name = Department.Name, Region = Department.Region };
        return Page();
    }

    public async Task<IActionResult> OnPostSaveAsync(int id, CancellationToken cancel)
    {
        if (!await LoadAsync(id, cancel))
            return NotFound();
        await Input.ValidateAsync(db, Errors, id, cancel);
        if (Errors.Any)
            return Invalid();
        string[] changes = [.. AdminLog.Change("名称", Department.Name, Input.TrimmedName), .. AdminLog.Change("行政区划", Department.Region, Input.TrimmedRegion)];
        if (changes.Length == 0)
        {
            TempData["Message"] = "没有改动。";
            return RedirectToPage(new { id });
        }
        var (before, beforeRegion) = (Department.Name, Department.Region);
        Department.Name = Input.TrimmedName;
        Department.Region = Input.TrimmedRegion;
        AdminLog.Add(db, clock, access.UserName, "修改部门", [$"部门：{before}", .. changes]);
        try
        {
            await db.SaveChangesAsync(cancel);
        }
        catch (DbUpdateException)
        {
            db.ChangeTracker.Clear();
            (Department.Name, Department.Region) = (before, beforeRegion);
            Errors.Add("Input.Name", $"已有名为“{Input.TrimmedName}”的部门，部门名称不能重复");
            return Invalid();
        }
        TempData["Message"] = "已保存部门信息。";
        return RedirectToPage(new { id });
    }

    public async Task<IActionResult> OnPostAssignAsync(int id, CancellationToken cancel)
    {
        if (!await LoadAsync(id, cancel))
            return NotFound();
        var reviewer = Candidates.FirstOrDefault(c => c.Id == ReviewerId);
        if (reviewer is null)
        {
            Errors.Add(nameof(ReviewerId), string.IsNullOrEmpty(ReviewerId) ? "请选择一位审核人" : "这位用户不是审核人，或已分配给本部门");
            Input = new DepartmentInput { Name = Department.Name, Region = Department.Region };
            return Invalid();
        }
        db.ReviewerAssignments.Add(new ReviewerAssignment { UserId = reviewer.Id, DepartmentId = id });
        AdminLog.Add(db, clock, access.UserName, "分配审核人", [$"部门：{Department.Name}", .. AdminLog.Change("审核人", null, Label(reviewer))]);
        await db.SaveChangesAsync(cancel);
        TempData["Message"] = $"已将 {Label(reviewer)} 分配为本部门的审核人。";
        return RedirectToPage(new { id });
    }

    public async Task<IActionResult> OnPostUnassignAsync(int id, string userId, CancellationToken cancel)
    {
        if (!await LoadAsync(id, cancel))
            return NotFound();
        var assignment = await db.ReviewerAssignments.FirstOrDefaultAsync(a => a.DepartmentId == id && a.UserId == userId, cancel);
        if (assignment is not null)
        {
            var reviewer = Reviewers.First(r => r.Id == userId);
            db.ReviewerAssignments.Remove(assignment);
            AdminLog.Add(db, clock, access.UserName, "取消审核人", [$"部门：{Department.Name}", .. AdminLog.Change("审核人", Label(reviewer), null)]);
            await db.SaveChangesAsync(cancel);
            TempData["Message"] = $"{Label(reviewer)} 不再审核本部门。";
        }
        return RedirectToPage(new { id });
    }

    public static string Label(Person p) => p.DisplayName.Length > 0 ? $"{p.DisplayName}（{p.UserName}）" : p.UserName;

    private IActionResult Invalid()
    {
        Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
        return Page();
    }

    private async Task<bool> LoadAsync(int id, CancellationToken cancel)
    {
        if (await db.Departments.FirstOrDefaultAsync(d => d.Id == id, cancel) is not { } department)
            return false;
        Department = department;
        var assigned = await db.ReviewerAssignments.Where(a => a.DepartmentId == id).Select(a => a.UserId).ToListAsync(cancel);
        var reviewers = (await users.GetUsersInRoleAsync(Roles.Reviewer))
            .Select(u => new Person(u.Id, u.UserName ?? "", u.DisplayName)).OrderBy(p => p.UserName, StringComparer.Ordinal).ToList();
        // Someone assigned and later given another role still shows, so the assignment can be removed.
        var assignedPeople = await db.Users.Where(u => assigned.Contains(u.Id)).Select(u => new Person(u.Id, u.UserName ?? "", u.DisplayName)).ToListAsync(cancel);
        Reviewers = assignedPeople.OrderBy(p => p.UserName, StringComparer.Ordinal).ToList();
        Candidates = reviewers.Where(r => !assigned.Contains(r.Id)).ToList();
        Filers = await db.Users.Where(u => u.DepartmentId == id).OrderBy(u => u.UserName)
            .Select(u => new Person(u.Id, u.UserName ?? "", u.DisplayName)).ToListAsync(cancel);
        Evaluations = await access.Visible().Where(e => e.DepartmentId == id).OrderByDescending(e => e.Year)
            .Select(e => new EvaluationRow(e.Id, e.Year, e.Status, e.Score, e.Grade)).ToListAsync(cancel);
        return true;
    }
}
