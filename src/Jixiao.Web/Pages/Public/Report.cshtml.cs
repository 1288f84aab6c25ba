using Jixiao.Core.Audit;
using Jixiao.Core.Schemes;
using Jixiao.Documents.Report;
using Jixiao.Web.Data;
using Jixiao.Web.Evaluations;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Jixiao.Web.Pages.Public;

/// <summary>
/// One published report as a web page, in the scheme's outline: the document the DOCX and PDF are drawn from
/// (<see cref="ReportComposer"/>), with the key figures and the engine's score above it, and the downloads.
/// Anything not published — a draft, a submitted or accepted evaluation — is not found.
/// </summary>
public sealed class ReportModel(JixiaoDb db, EvaluationAnalysis analysis) : PageModel
{
    public EvaluationRecord Record { get; private set; } = null!;

    public Scheme Scheme { get; private set; } = null!;

    public AuditResult Result { get; private set; } = null!;

    public IReadOnlyList<KeyFigure> Figures { get; private set; } = [];

    internal ReportDocument Document { get; private set; } = null!;

    /// <summary>The total after the finance bureau's 复核, when it re-scored any item: the score it publishes.</summary>
    public decimal? ReviewedTotal { get; private set; }

    public int RescoreCount { get; private set; }

    public string Title => $"{Record.Year}年度{Record.Department!.Name}部门整体支出绩效自评报告";

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken cancel)
    {
        if (!await LoadAsync(id, cancel))
            return NotFound();
        var evaluation = analysis.Load(Record);
        Result = analysis.Analyse(Record);
        Figures = KeyFigures.Of(Result);
        var rescores = await db.Rescores.Where(r => r.EvaluationRecordId == id).ToListAsync(cancel);
        RescoreCount = rescores.Count;
        ReviewedTotal = ReviewedScore.Total(Result.Card, rescores);
        // No cover on a web page; the document is otherwise the one the downloads carry.
        Document = ReportComposer.Compose(evaluation, Scheme, Result.Card, ReportOptions.Default);
        return Page();
    }

    public async Task<IActionResult> OnGetDownloadAsync(int id, string format, CancellationToken cancel)
    {
        if (!await LoadAsync(id, cancel))
            return NotFound();
        return (IActionResult?)Downloads.File(analysis, Record, format) ?? NotFound();
    }

    private async Task<bool> LoadAsync(int id, CancellationToken cancel)
    {
        if (await Published.Evaluations(db).Include(e => e.Department).FirstOrDefaultAsync(e => e.Id == id, cancel) is not { } record)
            return false;
        Record = record;
        Scheme = analysis.Schemes.Get(record.SchemeId, "自评记录");
        return true;
    }
}
