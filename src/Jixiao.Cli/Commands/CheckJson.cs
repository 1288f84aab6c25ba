using System.Text.Encodings.Web;
using System.Text.Json;
using Jixiao.Core.Audit;
using Jixiao.Core.Scoring;

namespace Jixiao.Cli.Commands;

/// <summary>One evaluation as the JSON object of `jixiao check --json`.</summary>
internal static class CheckJson
{
    private static readonly JsonWriterOptions Options = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static string Write(string file, AuditResult result)
    {
        using var buffer = new MemoryStream();
        using (var w = new Utf8JsonWriter(buffer, Options))
        {
            var e = result.Evaluation;
            var card = result.Card;
            w.WriteStartObject();
            w.WriteString("file", file);
            w.WriteString("department", e.Department);
            w.WriteNumber("year", e.Year);
            w.WriteString("scheme", card.Scheme.Id);
            w.WriteStartObject("rates");
            foreach (var (rate, value) in result.Rates)
                w.WriteNumber(rate.Id, value.Rounded(2));
            w.WriteEndObject();
            Number(w, "score", card.Total);
            String(w, "grade", card.Grade?.ToChinese());
            w.WriteBoolean("evaluable", card.IsEvaluable);
            w.WriteStartArray("missing");
            foreach (var m in card.Missing)
                w.WriteStringValue(m);
            w.WriteEndArray();
            Number(w, "statedScore", card.StatedScore);
            String(w, "statedGrade", card.StatedGrade?.ToChinese());
            w.WriteStartArray("findings");
            foreach (var f in result.Findings)
            {
                w.WriteStartObject();
                w.WriteString("kind", f.Kind);
                w.WriteString("severity", f.Severity.ToKey());
                w.WriteString("rule", f.RuleId);
                w.WriteString("message", f.Message);
                Number(w, "stated", f.Stated);
                Number(w, "computed", f.Computed);
                w.WriteEndObject();
            }
            w.WriteEndArray();
            w.WriteEndObject();
        }
        return System.Text.Encoding.UTF8.GetString(buffer.ToArray());
    }

    private static void Number(Utf8JsonWriter w, string name, decimal? value)
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
