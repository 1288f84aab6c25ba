using Jixiao.Core.Audit;
using Jixiao.Core.Schemes;
using Jixiao.Web.Access;
using Jixiao.Web.Data;
using Jixiao.Web.Evaluations;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Jixiao.Web.Pages.Evaluations;

/// <summary>
/// The department's page for one evaluation: every figure, task, indicator and section; the engine's rates,
/// scores, grade and findings beside them, recomputed as the user types; save, submit and download.
/// </summary>
public sealed class EditModel(EvaluationAccess access, EvaluationAnalysis analysis, EvaluationStore store, JixiaoDb db) : PageModel
{
    [BindProperty]
    public EvaluationForm Form { get; set; } = new();

    public EvaluationRecord Record { get; private set; } = null!;

    public Scheme Scheme { get; private set; } = null!;

    public ResultsView Results { get; private set; } = null!;

    public bool CanEdit { get; private set; }

    /// <summary>The finance bureau's 复核 of items, shown to the department once it has reviewed.</summary>
    public IReadOnlyList<Rescore> Rescores { get; private set; } = [];

    /// <summary>Set when a save or submit was refused; shown at the top with the list of what to fix.</summary>
    public string? Problem { get; private set; }

    public IReadOnlyDictionary<string, string> Errors => Results.FieldErrors;

    public string? ErrorFor(string name) => Errors.GetValueOrDefault(name);

    /// <summary>A section outside this scheme's outline (kept from an imported report) by its title, not its id.</summary>
    public string SectionTitle(string id) => SectionTitles.Find(analysis.Schemes, id, Record.SchemeId);

    public async Task<IActionResult> OnGetAsync(int id)
    {
        if (!await LoadAsync(id))
            return NotFound();
        Form = EvaluationForm.From(analysis.Load(Record), Record.Version);
        // What is stored was valid when saved: show its result without reading the form back.
        Results = new ResultsView(analysis.Analyse(Record), new Dictionary<string, string>(), Form, Scheme);
        return Page();
    }

    /// <summary>The live recompute: the results panel for what is on the page now; nothing is saved.</summary>
    public async Task<IActionResult> OnPostRecomputeAsync(int id)
    {
        if (!await LoadAsync(id))
            return NotFound();
        Analyse();
        return Partial("_Results", Results);
    }

    public async Task<IActionResult> OnPostSaveAsync(int id)
    {
        if (!await LoadAsync(id))
            return NotFound();
        if (!CanEdit)
            return Refused();
        var reading = Analyse();
        if (!reading.IsValid)
        {
            Problem = "有字段需要修正，尚未保存。请按下方提示修改后再保存。";
            Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
            return Page();
        }
        if (await store.SaveAsync(Record, reading.Evaluation!, Form.Version, access.UserName, "保存") == SaveOutcome.Conflict)
            return Conflict();
        TempData["Message"] = $"已保存（第 {Record.RevisionNumber} 版）。";
        return RedirectToPage(new { id });
    }

    public async Task<IActionResult> OnPostSubmitAsync(int id)
    {
        if (!await LoadAsync(id))
            return NotFound();
        if (!CanEdit)
            return Refused();
        var reading = Analyse();
        if (!reading.IsValid || Results.ErrorCount > 0)
        {
            Problem = $"还有 {Results.ErrorCount} 处错误，不能提交。请逐项修正（点击可跳到对应字段）：";
            Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
            return Page();
        }
        if (await store.SaveAsync(Record, reading.Evaluation!, Form.Version, access.UserName, "提交前保存") == SaveOutcome.Conflict
            || await store.TransitionAsync(Record, EvaluationStatus.Submitted, Record.Version, access.UserName, "提交") == SaveOutcome.Conflict)
            return Conflict();
        TempData["Message"] = "已提交财政局审核。审核期间不能修改；如被退回，可修改后再次提交。";
        return RedirectToPage(new { id });
    }

    /// <summary>Adds, removes or moves an indicator or task row without JavaScript; nothing is saved.</summary>
    public async Task<IActionResult> OnPostRowAsync(int id, string op, int index)
    {
        if (!await LoadAsync(id))
            return NotFound();
        if (!CanEdit)
            return Refused();
        RowEditing.Apply(Form, op, index);
        ModelState.Clear();
        Analyse();
        return Page();
    }

    public async Task<IActionResult> OnGetDownloadAsync(int id, string format)
    {
        if (!await LoadAsync(id))
            return NotFound();
        try
        {
            return (IActionResult?)Downloads.File(analysis, Record, format) ?? NotFound();
        }
        catch (Documents.Report.ReportException e)
        {
            // A machine without the PDF font: say which package to install, keep the user on their page.
            TempData["Message"] = $"无法生成文件：{e.Message}";
            return RedirectToPage(new { id });
        }
    }

    private async Task<bool> LoadAsync(int id)
    {
        if (await access.FindAsync(id) is not { } record)
            return false;
        Record = record;
        Scheme = analysis.Schemes.Get(record.SchemeId, "自评记录");
        CanEdit = access.CanEdit(record);
        if (record.Status != EvaluationStatus.Draft)
            Rescores = await db.Rescores.Where(r => r.EvaluationRecordId == id).OrderBy(r => r.Id).ToListAsync();
        return true;
    }

    private FormReading Analyse()
    {
        var header = new EvaluationHeader(Record.Department!.Name, Record.Year, Record.SchemeId, Record.Content);
        var reading = EvaluationFormReader.Read(Form, header, analysis.Schemes);
        AuditResult? result = reading.IsValid ? analysis.Analyse(reading.Evaluation!) : null;
        Results = new ResultsView(result, reading.Errors, Form, Scheme);
        return reading;
    }

    /// <summary>
    /// Not this caller's to change, or no longer editable: 403 with the page as stored (its notice says why). Not
    /// Forbid(), whose redirect to /Account/Denied answers 302 like a successful save.
    /// </summary>
    private PageResult Refused()
    {
        Form = EvaluationForm.From(analysis.Load(Record), Record.Version);
        Analyse();
        Response.StatusCode = StatusCodes.Status403Forbidden;
        return Page();
    }

    private PageResult Conflict()
    {
        Problem = "保存失败：这份自评刚被他人修改过。您填写的内容仍在本页，请复制需要保留的部分，然后刷新页面查看最新版本再修改。";
        Response.StatusCode = StatusCodes.Status409Conflict;
        return Page();
    }
}
