using Jixiao.Web.Access;
using Jixiao.Web.Data;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Jixiao.Web.Pages.Admin.Departments;

/// <summary>Every department with its region, reviewers, filers and evaluations; and the form to add one.</summary>
public sealed class IndexModel(JixiaoDb db, EvaluationAccess access, TimeProvider clock) : PageModel
{
    public sealed record Row(int Id, string Name, string? Region, IReadOnlyList<string> Reviewers, int Filers, int Evaluations);

    [BindProperty]
    public DepartmentInput Input { get; set; } = new();

    public FormErrors Errors { get; } = new();

    public IReadOnlyList<Row> Rows { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancel) => await LoadAsync(cancel);

    public async Task<IActionResult> OnPostAsync(CancellationToken cancel)
    {
        await Input.ValidateAsync(db, Errors, null, cancel);
        if (!Errors.Any)
        {
            var department = new Department { Name = Input.TrimmedName, Region = Input.TrimmedRegion };
            db.Departments.Add(department);
            AdminLog.Add(db, clock, access.UserName, "新建部门",
                [.. AdminLog.Change("名称", null, department.Name), .. AdminLog.Change("行政区划", null, department.Region)]);
            try
            {
                await db.SaveChangesAsync(cancel);
                TempData["Message"] = $"已新建部门“{department.Name}”。";
                return RedirectToPage("/Admin/Departments/Edit", new { id = department.Id });
            }
            catch (DbUpdateException)
            {
                // Someone added the same name between the check and the insert: the unique index said no.
                db.ChangeTracker.Clear();
                Errors.Add("Input.Name", $"已有名为“{department.Name}”的部门，部门名称不能重复");
            }
        }
        Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
        await LoadAsync(cancel);
        return Page();
    }

    private async Task LoadAsync(CancellationToken cancel)
    {
        var departments = await db.Departments.OrderBy(d => d.Region).ThenBy(d => d.Name).ToListAsync(cancel);
        var reviewers = await db.ReviewerAssignments.Join(db.Users, a => a.UserId, u => u.Id, (a, u) => new { a.DepartmentId, u.DisplayName, u.UserName })
            .ToListAsync(cancel);
        var filers = await db.Users.Where(u => u.DepartmentId != null).GroupBy(u => u.DepartmentId).Select(g => new { Id = g.Key!.Value, Count = g.Count() })
            .ToDictionaryAsync(x => x.Id, x => x.Count, cancel);
        var evaluations = await access.Visible().GroupBy(e => e.DepartmentId).Select(g => new { Id = g.Key, Count = g.Count() })
            .ToDictionaryAsync(x => x.Id, x => x.Count, cancel);
        Rows = departments.Select(d => new Row(d.Id, d.Name, d.Region,
            reviewers.Where(r => r.DepartmentId == d.Id).Select(r => r.DisplayName.Length > 0 ? r.DisplayName : r.UserName ?? "").Order(StringComparer.Ordinal).ToList(),
            filers.GetValueOrDefault(d.Id), evaluations.GetValueOrDefault(d.Id))).ToList();
    }
}
