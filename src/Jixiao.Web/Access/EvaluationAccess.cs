using System.Security.Claims;
using Jixiao.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace Jixiao.Web.Access;

/// <summary>
/// Who may see and do what, in one place: every page, form post and API call finds evaluations through
/// <see cref="Visible"/>, so one outside the caller's reach is simply not found (404), and asks the Can… methods
/// before changing anything. A filer sees their department; a reviewer the departments assigned to them; an
/// administrator everything; anyone else nothing.
/// </summary>
public sealed class EvaluationAccess(JixiaoDb db, IHttpContextAccessor http)
{
    private int[]? _reviewed;

    private ClaimsPrincipal User => http.HttpContext?.User ?? new ClaimsPrincipal();

    public bool IsAdmin => User.IsInRole(Roles.Admin);

    public bool IsReviewer => User.IsInRole(Roles.Reviewer);

    public bool IsFiler => User.IsInRole(Roles.Filer);

    public string UserName => User.Identity?.Name ?? "";

    public string DisplayName => User.Name();

    public IQueryable<EvaluationRecord> Visible()
    {
        if (User.Identity?.IsAuthenticated != true)
            return db.Evaluations.Where(_ => false);
        if (IsAdmin)
            return db.Evaluations;
        if (IsReviewer)
        {
            var userId = User.FindFirstValue(ClaimTypes.NameIdentifier);
            return db.Evaluations.Where(e => db.ReviewerAssignments.Any(a => a.UserId == userId && a.DepartmentId == e.DepartmentId));
        }
        if (IsFiler && User.DepartmentId() is { } department)
            return db.Evaluations.Where(e => e.DepartmentId == department);
        return db.Evaluations.Where(_ => false);
    }

    /// <summary>The evaluation if the caller may see it, else null (the caller answers 404).</summary>
    public Task<EvaluationRecord?> FindAsync(int id, CancellationToken cancel = default) =>
        Visible().Include(e => e.Department).Include(e => e.Round).FirstOrDefaultAsync(e => e.Id == id, cancel);

    /// <summary>Only the department's own filer edits, and only a draft or a returned evaluation.</summary>
    public bool CanEdit(EvaluationRecord record) =>
        IsFiler && User.DepartmentId() == record.DepartmentId && record.Status.IsEditable();

    public bool CanSubmit(EvaluationRecord record) => CanEdit(record);

    /// <summary>Reviewers assigned to the department (and administrators) re-score, return and accept.</summary>
    public async Task<bool> CanReviewAsync(EvaluationRecord record, CancellationToken cancel = default) =>
        (IsAdmin || (IsReviewer && (await ReviewedDepartmentsAsync(cancel)).Contains(record.DepartmentId)))
        && record.Status is EvaluationStatus.Submitted or EvaluationStatus.Accepted;

    public async Task<int[]> ReviewedDepartmentsAsync(CancellationToken cancel = default)
    {
        if (_reviewed is not null)
            return _reviewed;
        var userId = User.FindFirstValue(ClaimTypes.NameIdentifier);
        return _reviewed = await db.ReviewerAssignments.Where(a => a.UserId == userId).Select(a => a.DepartmentId).ToArrayAsync(cancel);
    }
}
