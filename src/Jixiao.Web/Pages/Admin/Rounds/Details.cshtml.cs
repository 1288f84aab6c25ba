using Jixiao.Core.Schemes;
using Jixiao.Documents.Schemes;
using Jixiao.Web.Access;
using Jixiao.Web.Data;
using Jixiao.Web.Rounds;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Jixiao.Web.Pages.Admin.Rounds;

/// <summary>One round: each department's evaluation and its status; and assigning further departments.</summary>
public sealed class DetailsModel(JixiaoDb db, EvaluationAccess access, SchemeCatalog schemes, RoundOpening opening, TimeProvider clock) : PageModel
{
    public sealed record Row(int Id, string Department, EvaluationStatus Status, decimal? Score, string? Grade, int Errors, DateTime UpdatedAt, DateTime? SubmittedAt);

    [BindProperty]
    public List<int> DepartmentIds { get; set; } = [];

    public FormErrors Errors { get; } = new();

    public Round Round { get; private set; } = null!;

    public Scheme? Scheme { get; private set; }

    public IReadOnlyList<Row> Rows { get; private set; } = [];

    /// <summary>Departments not in this round; those with an evaluation of the year elsewhere cannot be ticked.</summary>
    public IReadOnlyList<DepartmentChoice> Others { get; private set; } = [];

    public DateOnly Today { get; private set; }

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken cancel) =>
        await LoadAsync(id, cancel) ? Page() : NotFound();

    public async Task<IActionResult> OnPostAssignAsync(int id, CancellationToken cancel)
    {
        if (!await LoadAsync(id, cancel))
            return NotFound();
        var chosen = Others.Where(d => d.Note is null && DepartmentIds.Contains(d.Id)).ToList();
        if (chosen.Count == 0)
        {
            Errors.Add(nameof(DepartmentIds), "请至少选择一个可加入的部门");
            Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
            return Page();
        }
        var created = await opening.AssignAsync(Round, chosen.Select(d => d.Id).ToList(), access.UserName, cancel);
        AdminLog.Add(db, clock, access.UserName, "分配部门", [$"任务：{Round.Title}", .. AdminLog.Change("新增部门", null, string.Join("、", chosen.Select(d => d.Name)))]);
        await db.SaveChangesAsync(cancel);
        TempData["Message"] = $"已为 {created} 个部门建立草稿。";
        return RedirectToPage(new { id });
    }

    private async Task<bool> LoadAsync(int id, CancellationToken cancel)
    {
        if (await db.Rounds.FirstOrDefaultAsync(r => r.Id == id, cancel) is not { } round)
            return false;
        Round = round;
        Scheme = schemes.Find(round.SchemeId);
        Today = DateOnly.FromDateTime(clock.GetLocalNow().DateTime);
        Rows = await access.Visible().Where(e => e.RoundId == id).OrderBy(e => e.Department!.Name)
            .Select(e => new Row(e.Id, e.Department!.Name, e.Status, e.Score, e.Grade, e.ErrorCount, e.UpdatedAt, e.SubmittedAt))
            .ToListAsync(cancel);
        var inRound = await access.Visible().Where(e => e.RoundId == id).Select(e => e.DepartmentId).ToListAsync(cancel);
        var sameYear = await access.Visible().Where(e => e.Year == round.Year && e.RoundId != id).Select(e => e.DepartmentId).ToListAsync(cancel);
        Others = await db.Departments.Where(d => !inRound.Contains(d.Id)).OrderBy(d => d.Region).ThenBy(d => d.Name)
            .Select(d => new DepartmentChoice(d.Id, d.Name, d.Region, sameYear.Contains(d.Id) ? $"已有 {round.Year} 年度自评" : null))
            .ToListAsync(cancel);
        return true;
    }
}
