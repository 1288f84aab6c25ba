using Jixiao.Web.Access;
using Jixiao.Web.Data;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Jixiao.Web.Pages.Evaluations;

/// <summary>Every revision and every logged change of one evaluation: who, when, what, before → after.</summary>
public sealed class HistoryModel(EvaluationAccess access, JixiaoDb db) : PageModel
{
    public EvaluationRecord Record { get; private set; } = null!;

    public IReadOnlyList<AuditEntry> Entries { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(int id)
    {
        if (await access.FindAsync(id) is not { } record)
            return NotFound();
        Record = record;
        Entries = await db.AuditLog.Where(a => a.EvaluationRecordId == id).OrderByDescending(a => a.Id).ToListAsync();
        return Page();
    }

    /// <summary>One revision's evaluation file, as it was saved.</summary>
    public async Task<IActionResult> OnGetRevisionAsync(int id, int number)
    {
        if (await access.FindAsync(id) is null)
            return NotFound();
        var revision = await db.Revisions.FirstOrDefaultAsync(r => r.EvaluationRecordId == id && r.Number == number);
        return revision is null ? NotFound() : File(System.Text.Encoding.UTF8.GetBytes(revision.Content), "text/yaml; charset=utf-8", $"evaluation-{id}-v{number}.yaml");
    }
}
