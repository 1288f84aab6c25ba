using System.Globalization;
using Jixiao.Core.Scoring;
using Jixiao.Web.Data;
using Jixiao.Web.Evaluations;
using Microsoft.AspNetCore.Http.Extensions;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Jixiao.Web.Pages.Public;

/// <summary>
/// The published self-evaluation reports, for anyone: newest year first, filtered by year and 行政区划, searched by
/// department name, 50 to a page. Only <see cref="Published"/> evaluations are ever read here.
/// </summary>
public sealed class IndexModel(JixiaoDb db, EvaluationAnalysis analysis) : PageModel
{
    public const int PageSize = 50;

    public sealed record Row(int Id, string Department, string? Region, int Year, string SchemeName, decimal? Score, string? Grade, bool StatedOnly, DateTime? PublishedAt);

    [BindProperty(SupportsGet = true)]
    public int? Year { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Region { get; set; }

    /// <summary>Part of a department's name.</summary>
    [BindProperty(SupportsGet = true)]
    public string? Q { get; set; }

    [BindProperty(SupportsGet = true, Name = "p")]
    public int PageNumber { get; set; } = 1;

    public IReadOnlyList<int> Years { get; private set; } = [];

    public IReadOnlyList<string> Regions { get; private set; } = [];

    public IReadOnlyList<Row> Rows { get; private set; } = [];

    public int Total { get; private set; }

    public int PageCount => Math.Max(1, (Total + PageSize - 1) / PageSize);

    public bool Filtered => Year is not null || !string.IsNullOrEmpty(Region) || !string.IsNullOrEmpty(Q);

    public async Task OnGetAsync(CancellationToken cancel)
    {
        var published = Published.Evaluations(db);
        Years = await published.Select(e => e.Year).Distinct().OrderByDescending(y => y).ToListAsync(cancel);
        Regions = await published.Where(e => e.Department!.Region != null).Select(e => e.Department!.Region!).Distinct().OrderBy(r => r).ToListAsync(cancel);

        Q = Q?.Trim();
        var query = published;
        if (Year is { } year)
            query = query.Where(e => e.Year == year);
        if (!string.IsNullOrEmpty(Region))
            query = query.Where(e => e.Department!.Region != null && e.Department.Region.StartsWith(Region));
        if (!string.IsNullOrEmpty(Q))
            query = query.Where(e => e.Department!.Name.Contains(Q));

        Total = await query.CountAsync(cancel);
        PageNumber = Math.Clamp(PageNumber, 1, PageCount);
        var page = await query
            .OrderByDescending(e => e.Year).ThenByDescending(e => e.PublishedAt).ThenBy(e => e.Department!.Name).ThenBy(e => e.Id)
            .Skip((PageNumber - 1) * PageSize).Take(PageSize)
            .Select(e => new { e.Id, Department = e.Department!.Name, e.Department.Region, e.Year, e.SchemeId, e.Score, e.Grade, e.PublishedAt })
            .ToListAsync(cancel);

        // A published evaluation the engine could not recompute (a report without its indicator table, say) shows
        // what the department stated, marked as such: only those rows of this page are read, in one query.
        var unscored = page.Where(e => e.Score is null).Select(e => e.Id).ToList();
        var contents = unscored.Count == 0 ? [] : await Published.Evaluations(db).Where(e => unscored.Contains(e.Id))
            .Select(e => new { e.Id, e.Content }).ToDictionaryAsync(e => e.Id, e => e.Content, cancel);
        Rows = page.Select(e =>
        {
            var scheme = analysis.Schemes.Find(e.SchemeId)?.Name ?? e.SchemeId;
            if (e.Score is not null || !contents.TryGetValue(e.Id, out var content))
                return new Row(e.Id, e.Department, e.Region, e.Year, scheme, e.Score, e.Grade, false, e.PublishedAt);
            var stated = analysis.Load(content, e.Id).Stated;
            return new Row(e.Id, e.Department, e.Region, e.Year, scheme, stated.Score, stated.Grade?.ToChinese(), stated.Score is not null, e.PublishedAt);
        }).ToList();
    }

    /// <summary>The link to another page of the same search.</summary>
    public string PageLink(int page)
    {
        var query = new QueryBuilder();
        if (Year is { } year)
            query.Add("year", year.ToString(CultureInfo.InvariantCulture));
        if (!string.IsNullOrEmpty(Region))
            query.Add("region", Region);
        if (!string.IsNullOrEmpty(Q))
            query.Add("q", Q);
        query.Add("p", page.ToString(CultureInfo.InvariantCulture));
        return "/Public" + query.ToQueryString();
    }
}
