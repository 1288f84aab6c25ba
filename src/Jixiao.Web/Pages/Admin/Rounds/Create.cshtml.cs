using System.Globalization;
using Jixiao.Core.Schemes;
using Jixiao.Documents.Schemes;
using Jixiao.Web.Access;
using Jixiao.Web.Data;
using Jixiao.Web.Rounds;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Jixiao.Web.Pages.Admin.Rounds;

/// <summary>
/// Opens a 年度自评任务: title, year, scheme, deadline and the departments (all ticked at first). Each ticked
/// department without an evaluation of that year gets a draft prefilled from its last year (<see cref="RoundOpening"/>).
/// </summary>
public sealed class CreateModel(JixiaoDb db, EvaluationAccess access, SchemeCatalog schemes, RoundOpening opening, TimeProvider clock) : PageModel
{
    public const int MaxTitle = 200;

    [BindProperty]
    public string? Title { get; set; }

    [BindProperty]
    public string? Year { get; set; }

    [BindProperty]
    public string? SchemeId { get; set; }

    [BindProperty]
    public string? Deadline { get; set; }

    [BindProperty]
    public List<int> DepartmentIds { get; set; } = [];

    public FormErrors Errors { get; } = new();

    public IReadOnlyList<DepartmentChoice> Departments { get; private set; } = [];

    /// <summary>Newest first within each region, so the likely choice is near the top.</summary>
    public IReadOnlyList<Scheme> Schemes => schemes.All.OrderBy(s => s.Region, StringComparer.Ordinal).ThenByDescending(s => s.Year).ToList();

    public static string DefaultTitle(int year) => $"{year}年度部门整体支出绩效自评";

    public static string SchemeLabel(Scheme s) => $"{s.Name}（{s.Region}，{(s.Year is { } y ? $"{y} 年起" : "通用")}）";

    private DateOnly Today => DateOnly.FromDateTime(clock.GetLocalNow().DateTime);

    public async Task OnGetAsync(CancellationToken cancel)
    {
        await LoadAsync(cancel);
        var last = await db.Rounds.OrderByDescending(r => r.Year).ThenByDescending(r => r.CreatedAt).FirstOrDefaultAsync(cancel);
        // The year after the last round, unless that year has not ended yet: then the year just ended.
        var year = last is not null && last.Year + 1 <= Today.Year ? last.Year + 1 : Today.Year - 1;
        Year = year.ToString(CultureInfo.InvariantCulture);
        Title = DefaultTitle(year);
        SchemeId = last?.SchemeId ?? schemes.All.OrderByDescending(s => s.Year).ThenBy(s => s.Id, StringComparer.Ordinal).FirstOrDefault()?.Id;
        var deadline = new DateOnly(year + 1, 4, 30);
        Deadline = (deadline < Today ? Today.AddDays(30) : deadline).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        DepartmentIds = Departments.Select(d => d.Id).ToList();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancel)
    {
        await LoadAsync(cancel);
        int? year = int.TryParse(Year?.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var y) ? y : null;
        if (year is null)
            Errors.Add(nameof(Year), "请填写年度，例如 2025");
        else if (year < 2000 || year > Today.Year + 1)
            Errors.Add(nameof(Year), $"年度应在 2000 至 {Today.Year + 1} 之间");
        var title = string.IsNullOrWhiteSpace(Title) ? (year is { } t ? DefaultTitle(t) : "") : Title.Trim();
        if (title.Length > MaxTitle)
            Errors.Add(nameof(Title), $"任务名称最多 {MaxTitle} 个字");
        var scheme = SchemeId is null ? null : schemes.Find(SchemeId);
        if (scheme is null)
            Errors.Add(nameof(SchemeId), "请选择评分方案");
        DateOnly? deadline = DateOnly.TryParseExact(Deadline?.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var dl) ? dl : null;
        if (deadline is null)
            Errors.Add(nameof(Deadline), "请填写截止日期，例如 2026-04-30");
        else if (deadline < Today)
            Errors.Add(nameof(Deadline), "截止日期不能早于今天");
        var chosen = Departments.Where(d => DepartmentIds.Contains(d.Id)).ToList();
        if (chosen.Count == 0)
            Errors.Add(nameof(DepartmentIds), "请至少选择一个部门");
        var existing = year is { } yy ? await DepartmentsWithEvaluationAsync(yy, cancel) : [];
        if (chosen.Count > 0 && chosen.All(d => existing.Contains(d.Id)))
            Errors.Add(nameof(DepartmentIds), $"所选部门都已有 {year} 年度的自评，无需再开启任务");
        if (Errors.Any)
        {
            Title = title.Length > 0 ? title : Title;
            Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
            return Page();
        }

        var ids = chosen.Select(d => d.Id).ToList();
        var round = await opening.OpenAsync(title, year!.Value, scheme!.Id, deadline!.Value, ids, access.UserName, cancel);
        var drafted = chosen.Where(d => !existing.Contains(d.Id)).Select(d => d.Name).ToList();
        var skipped = chosen.Where(d => existing.Contains(d.Id)).Select(d => d.Name).ToList();
        AdminLog.Add(db, clock, access.UserName, "分配部门",
        [
            $"任务：{round.Title}", .. AdminLog.Change("部门", null, string.Join("、", drafted)),
            .. skipped.Count > 0 ? [$"已有 {round.Year} 年度自评，未新建草稿：{string.Join("、", skipped)}"] : Array.Empty<string>(),
        ]);
        await db.SaveChangesAsync(cancel);
        TempData["Message"] = $"已开启“{round.Title}”，为 {drafted.Count} 个部门建立了草稿"
            + (skipped.Count > 0 ? $"；{string.Join("、", skipped)}已有 {round.Year} 年度自评，未重复建立。" : "。");
        return RedirectToPage("/Admin/Rounds/Details", new { id = round.Id });
    }

    private async Task<HashSet<int>> DepartmentsWithEvaluationAsync(int year, CancellationToken cancel) =>
        (await access.Visible().Where(e => e.Year == year).Select(e => e.DepartmentId).ToListAsync(cancel)).ToHashSet();

    private async Task LoadAsync(CancellationToken cancel) =>
        Departments = await db.Departments.OrderBy(d => d.Region).ThenBy(d => d.Name).Select(d => new DepartmentChoice(d.Id, d.Name, d.Region, null)).ToListAsync(cancel);
}
