using System.Globalization;
using Jixiao.Core.Rates;
using Jixiao.Core.Scoring;
using Jixiao.Web.Access;
using Jixiao.Web.Data;
using Jixiao.Web.Evaluations;
using Microsoft.AspNetCore.Http.Extensions;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Jixiao.Web.Pages.Review;

/// <summary>
/// The finance bureau's comparison of departments and years: score, grade and status per department and year, the
/// key figures (全年预算数, 执行数, 预算执行率 recomputed by the engine, errors), drops of more than 5 points and
/// execution below 90% marked, and a bar chart of one year's scores. Departments come 50 to a page, their
/// evaluations in one query, each read and analysed once.
/// </summary>
public sealed class DashboardModel(EvaluationAccess access, EvaluationAnalysis analysis) : PageModel
{
    public const int PageSize = 50;

    /// <summary>A fall of more than this many points from the year before is marked.</summary>
    public const decimal DropPoints = 5m;

    /// <summary>A 预算执行率 below this percentage is marked.</summary>
    public const decimal LowExecution = 90m;

    /// <summary>One department's evaluation of one year, as the engine reads it now.</summary>
    public sealed record Cell(int Id, int Year, EvaluationStatus Status, decimal? Score, string? Grade, bool StatedOnly, int Errors,
        decimal? Budget, decimal? Spent, RateValue? Execution)
    {
        /// <summary>Points gained (or, negative, lost) against the year before; null without both scores.</summary>
        public decimal? Change { get; init; }

        public bool Dropped => Change < -DropPoints;

        public bool LowRate => Execution is { } rate && rate.Percent < LowExecution;
    }

    public sealed record DepartmentRow(int Id, string Name, IReadOnlyDictionary<int, Cell> Cells);

    [BindProperty(SupportsGet = true)]
    public int? Year { get; set; }

    [BindProperty(SupportsGet = true)]
    public EvaluationStatus? Status { get; set; }

    [BindProperty(SupportsGet = true, Name = "p")]
    public int PageNumber { get; set; } = 1;

    /// <summary>Every year the caller can compare, newest first (the year filter's choices).</summary>
    public IReadOnlyList<int> Years { get; private set; } = [];

    /// <summary>The years shown as columns, oldest first.</summary>
    public IReadOnlyList<int> Columns { get; private set; } = [];

    /// <summary>The year the bar chart shows: the chosen one, else the newest.</summary>
    public int? ChartYear { get; private set; }

    public IReadOnlyList<DepartmentRow> Rows { get; private set; } = [];

    public int DepartmentCount { get; private set; }

    public int PageCount => Math.Max(1, (DepartmentCount + PageSize - 1) / PageSize);

    public async Task OnGetAsync(CancellationToken cancel)
    {
        var visible = access.Visible();
        if (Status is { } status)
            visible = visible.Where(e => e.Status == status);
        Years = await visible.Select(e => e.Year).Distinct().OrderByDescending(y => y).ToListAsync(cancel);
        if (Year is { } chosen && !Years.Contains(chosen))
            Year = null;
        Columns = Year is { } y ? [y] : Years.Reverse().ToList();

        // Rows: the departments with an evaluation that passes the filters, by name, a page at a time.
        var inScope = Year is { } year ? visible.Where(e => e.Year == year) : visible;
        var departments = inScope.Select(e => new { e.DepartmentId, e.Department!.Name }).Distinct();
        DepartmentCount = await departments.CountAsync(cancel);
        PageNumber = Math.Clamp(PageNumber, 1, PageCount);
        var page = await departments.OrderBy(d => d.Name).ThenBy(d => d.DepartmentId)
            .Skip((PageNumber - 1) * PageSize).Take(PageSize).ToListAsync(cancel);
        var ids = page.Select(d => d.DepartmentId).ToList();

        // One query for every evaluation of the page's departments (with the year before a chosen year, for the
        // change), projected to what the tables need.
        var records = visible.Where(e => ids.Contains(e.DepartmentId));
        if (Year is { } shown)
            records = records.Where(e => e.Year == shown || e.Year == shown - 1);
        var found = await records
            .Select(e => new Found(e.Id, e.DepartmentId, e.Year, e.Status, e.Content))
            .ToListAsync(cancel);

        var byDepartment = found
            .GroupBy(f => f.DepartmentId)
            .ToDictionary(g => g.Key, g => g.GroupBy(f => f.Year).ToDictionary(y => y.Key, y => Analyse(Pick(y))));
        Rows = page.Select(d =>
        {
            var cells = byDepartment.GetValueOrDefault(d.DepartmentId) ?? [];
            foreach (var (cellYear, cell) in cells.ToList())
            {
                if (cell.Score is { } score && cells.GetValueOrDefault(cellYear - 1)?.Score is { } before)
                    cells[cellYear] = cell with { Change = score - before };
            }
            return new DepartmentRow(d.DepartmentId, d.Name, cells);
        }).ToList();
        // The chart shows the chosen year, else the newest year this page has a score for (a round just opened
        // holds only empty drafts).
        var scored = Columns.Where(c => Rows.Any(r => r.Cells.GetValueOrDefault(c)?.Score is not null)).ToList();
        ChartYear = Year ?? (scored.Count > 0 ? scored[^1] : Columns.Count > 0 ? Columns[^1] : null);
    }

    /// <summary>The bars of the chart year: departments with a score that year, highest first.</summary>
    public IReadOnlyList<(DepartmentRow Department, Cell Cell)> Bars() =>
        ChartYear is not { } year ? [] : Rows
            .Select(r => (Department: r, Cell: r.Cells.GetValueOrDefault(year)))
            .Where(b => b.Cell?.Score is not null)
            .Select(b => (b.Department, b.Cell!))
            .OrderByDescending(b => b.Item2.Score).ThenBy(b => b.Department.Name, StringComparer.Ordinal)
            .ToList();

    public string PageLink(int page)
    {
        var query = new QueryBuilder();
        if (Year is { } year)
            query.Add("year", year.ToString(CultureInfo.InvariantCulture));
        if (Status is { } status)
            query.Add("status", status.ToString());
        query.Add("p", page.ToString(CultureInfo.InvariantCulture));
        return "/Review/Dashboard" + query.ToQueryString();
    }

    /// <summary>
    /// When a department has more than one evaluation of a year (a draft reopened after publishing, say), the one
    /// furthest along counts: published, accepted, submitted, returned, draft; the newest among equals.
    /// </summary>
    private static Found Pick(IEnumerable<Found> sameYear) =>
        sameYear.OrderBy(f => f.Status switch
        {
            EvaluationStatus.Published => 0,
            EvaluationStatus.Accepted => 1,
            EvaluationStatus.Submitted => 2,
            EvaluationStatus.Returned => 3,
            _ => 4,
        }).ThenByDescending(f => f.Id).First();

    /// <summary>Reads and analyses one stored evaluation: called once per shown cell.</summary>
    private Cell Analyse(Found found)
    {
        var evaluation = analysis.Load(found.Content, found.Id);
        var result = analysis.Analyse(evaluation);
        var card = result.Card;
        RateValue? execution = null;
        foreach (var (rate, value) in result.Rates)
        {
            if (rate.Id == Rates.Execution.Id)
                execution = value;
        }
        var statedOnly = !card.IsEvaluable && evaluation.Stated.Score is not null;
        var score = card.IsEvaluable ? card.Total : evaluation.Stated.Score;
        var grade = card.IsEvaluable ? card.Grade : evaluation.Stated.Grade;
        return new Cell(found.Id, found.Year, found.Status, score, grade?.ToChinese(), statedOnly, EvaluationAnalysis.ErrorCount(result),
            evaluation.Figures.Budget.Total, evaluation.Figures.Spent.Total, execution);
    }

    private sealed record Found(int Id, int DepartmentId, int Year, EvaluationStatus Status, string Content);
}
