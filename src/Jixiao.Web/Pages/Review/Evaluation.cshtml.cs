using Jixiao.Core.Audit;
using Jixiao.Core.Evaluations;
using Jixiao.Core.Schemes;
using Jixiao.Core.Scoring;
using Jixiao.Web.Access;
using Jixiao.Web.Data;
using Jixiao.Web.Evaluations;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Jixiao.Web.Pages.Review;

/// <summary>
/// The finance bureau's review of one evaluation: the findings beside the fields they concern, this year's figures
/// beside last year's, a 复核 score and comment per scored item, and the decision — return with reasons, accept,
/// publish.
/// </summary>
public sealed class EvaluationModel(EvaluationAccess access, EvaluationAnalysis analysis, EvaluationStore store, JixiaoDb db, TimeProvider clock) : PageModel
{
    public sealed class RescoreInput
    {
        public string ItemId { get; set; } = "";

        public string? Score { get; set; }

        public string? Comment { get; set; }
    }

    public EvaluationRecord Record { get; private set; } = null!;

    public Scheme Scheme { get; private set; } = null!;

    public AuditResult Result { get; private set; } = null!;

    public Evaluation? LastYear { get; private set; }

    public AuditResult? LastYearResult { get; private set; }

    public IReadOnlyDictionary<string, Rescore> Rescores { get; private set; } = new Dictionary<string, Rescore>();

    public bool CanReview { get; private set; }

    public bool CanRescore => CanReview && Record.Status == EvaluationStatus.Submitted;

    [BindProperty]
    public List<RescoreInput> Inputs { get; set; } = [];

    [BindProperty]
    public string? Reason { get; set; }

    [BindProperty]
    public int Version { get; set; }

    public Dictionary<string, string> Errors { get; } = new(StringComparer.Ordinal);

    /// <summary>The total after the reviewer's 复核 (<see cref="ReviewedScore"/>).</summary>
    public decimal? ReviewedTotal => ReviewedScore.Total(Result.Card, Rescores.Values.ToList());

    public IEnumerable<Finding> FindingsAbout(string subject) => Result.Findings.Where(f => f.Subject == subject);

    public string SectionTitle(string id) => SectionTitles.Find(analysis.Schemes, id, Record.SchemeId);

    public async Task<IActionResult> OnGetAsync(int id) => await LoadAsync(id) ? Page() : NotFound();

    public async Task<IActionResult> OnPostRescoreAsync(int id)
    {
        if (!await LoadAsync(id))
            return NotFound();
        if (!CanRescore)
            return Forbid();
        var items = Result.Card.Items.Where(i => !i.IsGroup).ToDictionary(i => i.Id, StringComparer.Ordinal);
        var changes = new List<string>();
        for (var i = 0; i < Inputs.Count; i++)
        {
            var input = Inputs[i];
            if (!items.TryGetValue(input.ItemId, out var item))
                continue;
            var (value, error) = NumberInput.Parse(input.Score);
            if (error is null && value is { } v && (v < 0 || v > item.Weight))
                error = $"复核得分应在 0 到 {item.Weight:0.##} 之间";
            if (error is not null)
            {
                Errors[$"Inputs[{i}].Score"] = error;
                continue;
            }
            var existing = Rescores.GetValueOrDefault(item.Id);
            if (value is null)
            {
                if (existing is not null)
                {
                    db.Rescores.Remove(existing);
                    changes.Add($"{item.Name}：复核 {existing.ReviewedScore:0.##} → 撤销");
                }
                continue;
            }
            var comment = input.Comment?.Trim() ?? "";
            if (existing is not null && existing.ReviewedScore == value && existing.Comment == comment)
                continue;
            changes.Add($"{item.Name}：{(existing?.ReviewedScore ?? item.Score)?.ToString("0.##") ?? "—"} → {value:0.##}{(comment.Length > 0 ? $"（{comment}）" : "")}");
            if (existing is not null)
                db.Rescores.Remove(existing);
            db.Rescores.Add(new Rescore
            {
                EvaluationRecordId = id,
                ItemId = item.Id,
                ItemName = item.Name,
                OriginalScore = item.Score,
                ReviewedScore = value.Value,
                Comment = comment,
                ReviewerName = access.UserName,
                At = clock.GetUtcNow().UtcDateTime,
            });
        }
        if (Errors.Count > 0)
        {
            Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
            return Page();
        }
        if (changes.Count > 0)
        {
            db.AuditLog.Add(new AuditEntry { At = clock.GetUtcNow().UtcDateTime, UserName = access.UserName, EvaluationRecordId = id, Action = "复核", Detail = string.Join('\n', changes) });
            await db.SaveChangesAsync();
        }
        TempData["Message"] = changes.Count > 0 ? $"已保存 {changes.Count} 项复核。" : "复核没有变化。";
        return Redirect($"/Review/{id}#rescore");
    }

    public async Task<IActionResult> OnPostReturnAsync(int id)
    {
        if (!await LoadAsync(id))
            return NotFound();
        if (!CanReview || Record.Status != EvaluationStatus.Submitted)
            return Forbid();
        if (string.IsNullOrWhiteSpace(Reason))
        {
            Errors["Reason"] = "请写明退回原因，部门将据此修改";
            Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
            return Page();
        }
        return await DecideAsync(EvaluationStatus.Returned, "退回", Reason.Trim(), "已退回部门修改。");
    }

    public async Task<IActionResult> OnPostAcceptAsync(int id)
    {
        if (!await LoadAsync(id))
            return NotFound();
        if (!CanReview || Record.Status != EvaluationStatus.Submitted)
            return Forbid();
        var detail = ReviewedTotal is { } t ? $"复核后总分 {t:0.##} 分（{Scheme.GradeFor(t).ToChinese()}）" : "";
        return await DecideAsync(EvaluationStatus.Accepted, "通过", detail, "已通过审核。可在此页发布。");
    }

    public async Task<IActionResult> OnPostPublishAsync(int id)
    {
        if (!await LoadAsync(id))
            return NotFound();
        if (!CanReview || Record.Status != EvaluationStatus.Accepted)
            return Forbid();
        return await DecideAsync(EvaluationStatus.Published, "发布", "", "已发布，公众可在“公开报告”中查看。");
    }

    private async Task<IActionResult> DecideAsync(EvaluationStatus to, string action, string detail, string message)
    {
        if (await store.TransitionAsync(Record, to, Version, access.UserName, action, detail) == SaveOutcome.Conflict)
        {
            TempData["Message"] = "操作未完成：这份自评刚被他人处理过，请查看最新状态。";
            return Redirect($"/Review/{Record.Id}");
        }
        TempData["Message"] = message;
        return Redirect($"/Review/{Record.Id}");
    }

    private async Task<bool> LoadAsync(int id)
    {
        if (await access.FindAsync(id) is not { } record)
            return false;
        Record = record;
        Scheme = analysis.Schemes.Get(record.SchemeId, "自评记录");
        Result = analysis.Analyse(record);
        CanReview = await access.CanReviewAsync(record);
        Rescores = await db.Rescores.Where(r => r.EvaluationRecordId == id).ToDictionaryAsync(r => r.ItemId, StringComparer.Ordinal);
        var last = await access.Visible().Where(e => e.DepartmentId == record.DepartmentId && e.Year < record.Year)
            .OrderByDescending(e => e.Year).FirstOrDefaultAsync();
        if (last is not null)
        {
            LastYear = analysis.Load(last);
            LastYearResult = analysis.Analyse(last);
        }
        if (Request.Method == HttpMethods.Get)
            Version = record.Version;
        return true;
    }
}
