using Jixiao.Core.Audit;
using Jixiao.Core.Scoring;

namespace Jixiao.Documents.Json;

/// <summary>One evaluation as the JSON object of `jixiao check --json`, also the answer of the web API's POST /api/score.</summary>
public static class CheckJson
{
    public static string Write(string file, AuditResult result) => JsonLines.Write(w =>
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
        w.WriteNumberOrNull("score", card.Total);
        w.WriteStringOrNull("grade", card.Grade?.ToChinese());
        w.WriteBoolean("evaluable", card.IsEvaluable);
        w.WriteStartArray("missing");
        foreach (var m in card.Missing)
            w.WriteStringValue(m);
        w.WriteEndArray();
        w.WriteNumberOrNull("statedScore", card.StatedScore);
        w.WriteStringOrNull("statedGrade", card.StatedGrade?.ToChinese());
        w.WriteStartArray("findings");
        foreach (var f in result.Findings)
            w.WriteFinding(f);
        w.WriteEndArray();
        w.WriteEndObject();
    });

    /// <summary>The line for a file that could not be checked, so every input has its line, in order.</summary>
    public static string WriteError(string file, string error) => JsonLines.Write(w =>
    {
        w.WriteStartObject();
        w.WriteString("file", file);
        w.WriteString("error", error);
        w.WriteEndObject();
    });
}
