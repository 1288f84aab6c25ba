using Jixiao.Web.Access;
using Jixiao.Web.Data;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Jixiao.Web.Pages.Review;

/// <summary>The reviewer's inbox: the evaluations of their departments by status, the most urgent deadline first.</summary>
public sealed class IndexModel(EvaluationAccess access) : PageModel
{
    public sealed record Row(int Id, string Department, int Year, EvaluationStatus Status, decimal? Score, string? Grade, int Errors,
        DateOnly? Deadline, DateTime? SubmittedAt, DateTime UpdatedAt);

    public static IReadOnlyList<(string Key, string Label, EvaluationStatus? Status)> Tabs { get; } =
    [
        ("submitted", "待审核", EvaluationStatus.Submitted),
        ("returned", "已退回", EvaluationStatus.Returned),
        ("accepted", "已通过", EvaluationStatus.Accepted),
        ("published", "已发布", EvaluationStatus.Published),
        ("draft", "填报中", EvaluationStatus.Draft),
        ("all", "全部", null),
    ];

    [BindProperty(SupportsGet = true)]
    public string Status { get; set; } = "submitted";

    public IReadOnlyList<Row> Rows { get; private set; } = [];

    public Dictionary<EvaluationStatus, int> Counts { get; private set; } = [];

    public async Task OnGetAsync()
    {
        var visible = access.Visible();
        Counts = await visible.GroupBy(e => e.Status).Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(x => x.Key, x => x.Count);
        var tab = Tabs.FirstOrDefault(t => t.Key == Status);
        if (tab.Key is null)
            (Status, tab) = ("submitted", Tabs[0]);
        if (tab.Status is { } status)
            visible = visible.Where(e => e.Status == status);
        var rows = await visible
            .Select(e => new Row(e.Id, e.Department!.Name, e.Year, e.Status, e.Score, e.Grade, e.ErrorCount,
                e.Round == null ? null : e.Round.Deadline, e.SubmittedAt, e.UpdatedAt))
            .ToListAsync();
        // Soonest deadline first, then the longest waiting; evaluations without a round last.
        Rows = rows.OrderBy(r => r.Deadline ?? DateOnly.MaxValue).ThenBy(r => r.SubmittedAt ?? r.UpdatedAt).ThenBy(r => r.Department, StringComparer.Ordinal).ToList();
    }
}
