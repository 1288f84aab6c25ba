using Jixiao.Web.Access;
using Jixiao.Web.Data;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Jixiao.Web.Pages.Evaluations;

/// <summary>The evaluations the caller may see, newest year first, with what needs doing.</summary>
public sealed class IndexModel(EvaluationAccess access) : PageModel
{
    public sealed record Row(int Id, string Department, int Year, string SchemeId, EvaluationStatus Status, decimal? Score, string? Grade, int Errors, DateOnly? Deadline, DateTime UpdatedAt);

    public IReadOnlyList<Row> Rows { get; private set; } = [];

    public bool CanEditAny => access.IsFiler;

    public async Task OnGetAsync()
    {
        Rows = await access.Visible()
            .OrderByDescending(e => e.Year).ThenBy(e => e.Department!.Name)
            .Select(e => new Row(e.Id, e.Department!.Name, e.Year, e.SchemeId, e.Status, e.Score, e.Grade, e.ErrorCount, e.Round == null ? null : e.Round.Deadline, e.UpdatedAt))
            .ToListAsync();
    }
}
