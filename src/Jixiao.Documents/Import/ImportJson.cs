using System.Text.Json;
using Jixiao.Core.Audit;
using Jixiao.Core.Evaluations;
using Jixiao.Core.Scoring;
using Jixiao.Documents.Import.Extraction;
using Jixiao.Documents.Json;

namespace Jixiao.Documents.Import;

/// <summary>
/// One imported document as the JSON line of `jixiao import --json` (domain.md §8): amounts in 万元, a figure the
/// document does not state is null, findings with the line, place and quote they refer to.
/// </summary>
public static class ImportJson
{
    public static string Write(ImportResult result) => JsonLines.Write(w =>
    {
        w.WriteStartObject();
        w.WriteString("file", result.File);
        if (result.Evaluation is { } e)
            WriteEvaluation(w, result, e);
        else
            w.WriteString("error", result.Error);
        w.WriteEndObject();
    });

    private static void WriteEvaluation(Utf8JsonWriter w, ImportResult result, Evaluation e)
    {
        var f = e.Figures;
        w.WriteStringOrNull("department", e.Department.Length > 0 ? e.Department : null);
        w.WriteNumberOrNull("year", e.Year > 0 ? e.Year : null);
        w.WriteString("kind", e.Kind == DocumentKind.Table ? "table" : "report");
        w.WriteStringOrNull("unit", result.Unit);
        w.WriteString("scheme", e.SchemeId);
        w.WriteStringOrNull("region", e.Region);
        w.WriteStartObject("budget");
        Amount(w, "initial", f.Budget.Initial);
        Amount(w, "adjustment", f.Budget.Adjustment);
        Amount(w, "total", f.Budget.Total);
        Amount(w, "basic", f.Budget.Basic);
        Amount(w, "project", f.Budget.Project);
        w.WriteEndObject();
        Amount(w, "fundsReceived", f.FundsReceived);
        Amount(w, "carryover", f.CarryoverFromLastYear);
        w.WriteStartObject("spent");
        Amount(w, "total", f.Spent.Total);
        Amount(w, "basic", f.Spent.Basic);
        Amount(w, "project", f.Spent.Project);
        w.WriteEndObject();
        var rates = e.Stated.Rates;
        w.WriteNumberOrNull("executionRate", rates.TryGetValue("execution", out var execution) ? execution
            : rates.TryGetValue("completion", out var completion) ? completion : null);
        w.WriteNumberOrNull("adjustmentRate", rates.TryGetValue("adjustment", out var adjustment) ? adjustment : null);
        w.WriteStartObject("threePublic");
        Amount(w, "budget", f.ThreePublic.Budget);
        Amount(w, "spent", f.ThreePublic.Spent);
        w.WriteEndObject();
        w.WriteNumberOrNull("selfScore", e.Stated.Score);
        w.WriteStringOrNull("grade", e.Stated.Grade?.ToChinese());
        w.WriteNumberOrNull("indicatorCount", result.IndicatorCount);
        if (result.Alternatives.Count > 0)
            WriteAlternatives(w, result.Alternatives);
        w.WriteStartArray("findings");
        foreach (var finding in result.Findings)
            w.WriteFinding(finding);
        w.WriteEndArray();
    }

    /// <summary>"alternatives": {"budget.total": [{"value": 6612.3, "line": 14, "place": "第 14 行", "quote": "…"}]}.</summary>
    private static void WriteAlternatives(Utf8JsonWriter w, IReadOnlyDictionary<string, IReadOnlyList<Alternative>> alternatives)
    {
        w.WriteStartObject("alternatives");
        foreach (var (field, values) in alternatives)
        {
            w.WriteStartArray(field);
            foreach (var a in values)
            {
                w.WriteStartObject();
                if (a.Number is { } number)
                    w.WriteNumber("value", number);
                else
                    w.WriteString("value", a.Value);
                w.WriteNumber("line", a.Line);
                w.WriteString("place", a.Place);
                w.WriteString("quote", a.Quote);
                w.WriteEndObject();
            }
            w.WriteEndArray();
        }
        w.WriteEndObject();
    }

    /// <summary>Amounts converted from 元 carry four more decimals than they need: "3521.840000" is written 3521.84.</summary>
    private static void Amount(Utf8JsonWriter w, string name, decimal? value) =>
        w.WriteNumberOrNull(name, value is { Scale: > 2 } v ? Money.WithoutTrailingZeros(v) : value);
}
