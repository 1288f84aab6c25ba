using Jixiao.Core.Audit;
using Jixiao.Documents.Evaluations;
using Jixiao.Documents.Report;

namespace Jixiao.Web.Evaluations;

/// <summary>
/// The key figures of a report (全年预算数, 执行数, 预算执行率 …): the stated amounts that say how the money went and
/// every rate the engine computed, written the way the DOCX/PDF report writes them (<see cref="NumberText"/>), so
/// the page and the downloads show the same numbers.
/// </summary>
internal static class KeyFigures
{
    /// <summary>The amounts a reader looks for first, in the order a report states them.</summary>
    private static readonly string[] Amounts =
    [
        "budget.initial", "budget.adjustment", "budget.total", "budget.basic", "budget.project",
        "fundsReceived", "carryoverFromLastYear", "spent.total", "spent.basic", "spent.project", "yearEndBalance",
        "threePublic.budget", "threePublic.spent",
    ];

    public static IReadOnlyList<KeyFigure> Of(AuditResult result)
    {
        var evaluation = result.Evaluation;
        var rows = new List<KeyFigure>(Amounts.Length + result.Rates.Count);
        foreach (var path in Amounts)
        {
            if (FigureFields.Find(path) is { } field && field.Get(evaluation.Figures) is { } amount)
                rows.Add(new KeyFigure(field.Label, $"{NumberText.Amount(amount)} {field.Unit}", Main: path is "budget.total" or "spent.total"));
        }
        foreach (var (rate, value) in result.Rates)
        {
            var places = NumberText.RatePlaces(evaluation, rate.Id);
            string? stated = null;
            if (evaluation.Stated.Rates.TryGetValue(rate.Id, out var s) && s != value.Rounded(s.Scale))
                stated = $"{s}%";
            rows.Add(new KeyFigure(rate.ChineseName, NumberText.Percent(value, places) + "%", rate.Formula, stated, rate.Id == Core.Rates.Rates.Execution.Id));
        }
        return rows;
    }
}
