using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using Jixiao.Core.Audit;
using Jixiao.Core.Evaluations;
using Jixiao.Core.Scoring;

namespace Jixiao.Documents.Import;

/// <summary>
/// One imported document as the JSON line of `jixiao import --json` (domain.md §8): amounts in 万元, a figure the
/// document does not state is null, findings with the line, place and quote they refer to.
/// </summary>
public static class ImportJson
{
    private static readonly JsonWriterOptions Options = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static string Write(ImportResult result)
    {
        using var buffer = new MemoryStream();
        using (var w = new Utf8JsonWriter(buffer, Options))
        {
            w.WriteStartObject();
            w.WriteString("file", result.File);
            if (result.Evaluation is { } e)
                WriteEvaluation(w, result, e);
            else
                w.WriteString("error", result.Error);
            w.WriteEndObject();
        }
        return Encoding.UTF8.GetString(buffer.ToArray());
    }

    private static void WriteEvaluation(Utf8JsonWriter w, ImportResult result, Evaluation e)
    {
        var f = e.Figures;
        String(w, "department", e.Department.Length > 0 ? e.Department : null);
        Number(w, "year", e.Year > 0 ? e.Year : null);
        w.WriteString("kind", e.Kind == DocumentKind.Table ? "table" : "report");
        String(w, "unit", result.Unit);
        w.WriteString("scheme", e.SchemeId);
        String(w, "region", e.Region);
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
        Number(w, "executionRate", rates.TryGetValue("execution", out var execution) ? execution
            : rates.TryGetValue("completion", out var completion) ? completion : null);
        Number(w, "adjustmentRate", rates.TryGetValue("adjustment", out var adjustment) ? adjustment : null);
        w.WriteStartObject("threePublic");
        Amount(w, "budget", f.ThreePublic.Budget);
        Amount(w, "spent", f.ThreePublic.Spent);
        w.WriteEndObject();
        Number(w, "selfScore", e.Stated.Score);
        String(w, "grade", e.Stated.Grade?.ToChinese());
        Number(w, "indicatorCount", result.IndicatorCount);
        w.WriteStartArray("findings");
        foreach (var finding in result.Findings)
            WriteFinding(w, finding);
        w.WriteEndArray();
    }

    private static void WriteFinding(Utf8JsonWriter w, Finding f)
    {
        w.WriteStartObject();
        w.WriteString("kind", f.Kind);
        w.WriteString("severity", f.Severity.ToKey());
        w.WriteString("rule", f.RuleId);
        w.WriteString("message", f.Message);
        Number(w, "line", f.Line);
        String(w, "place", f.Place);
        String(w, "quote", f.Quote);
        Number(w, "stated", f.Stated);
        Number(w, "computed", f.Computed);
        w.WriteEndObject();
    }

    /// <summary>Amounts converted from 元 carry four more decimals than they need: "3521.840000" is written 3521.84.</summary>
    private static void Amount(Utf8JsonWriter w, string name, decimal? value) =>
        Number(w, name, value is { Scale: > 2 } v ? Trim(v) : value);

    private static decimal Trim(decimal value) => value / 1.000000000000000000000000000000000m;

    private static void Number(Utf8JsonWriter w, string name, decimal? value)
    {
        if (value is { } v)
            w.WriteNumber(name, v);
        else
            w.WriteNull(name);
    }

    private static void Number(Utf8JsonWriter w, string name, int? value)
    {
        if (value is { } v)
            w.WriteNumber(name, v);
        else
            w.WriteNull(name);
    }

    private static void String(Utf8JsonWriter w, string name, string? value)
    {
        if (value is null)
            w.WriteNull(name);
        else
            w.WriteString(name, value);
    }
}
