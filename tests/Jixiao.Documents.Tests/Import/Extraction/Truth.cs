using System.Text;
using System.Text.Json;
using Jixiao.Documents.Import;

namespace Jixiao.Documents.Tests.Import.Extraction;

/// <summary>
/// A document's hand-checked truth (domain.md §8 shape plus the inconsistencies that must be found) and the comparison
/// tools/score_import.py makes: every stated field, every inconsistency by kind (and stated or computed number when
/// given), and no error-severity finding beyond them.
/// </summary>
internal sealed class Truth
{
    private static readonly string[] Fields =
    [
        "department", "year", "kind", "budget.initial", "budget.adjustment", "budget.total", "budget.basic", "budget.project",
        "fundsReceived", "carryover", "spent.total", "spent.basic", "spent.project", "executionRate", "adjustmentRate",
        "threePublic.budget", "threePublic.spent", "selfScore", "grade", "indicatorCount", "unit",
    ];

    /// <summary>Amounts in 万元 to two decimals and rates in percent: the scorer's tolerance.</summary>
    private const double Tolerance = 0.006;

    private readonly JsonElement _truth;

    private Truth(JsonElement truth) => _truth = truth;

    public static Truth Load(string path) => new(JsonDocument.Parse(File.ReadAllText(path)).RootElement.Clone());

    /// <summary>Every difference between the import and the truth, in words; empty when they agree.</summary>
    public List<string> Compare(ImportResult result)
    {
        var problems = new List<string>();
        if (result.Error is not null)
        {
            problems.Add("import failed: " + result.Error);
            return problems;
        }
        var got = JsonDocument.Parse(ImportJson.Write(result)).RootElement;
        foreach (var field in Fields)
        {
            var want = Get(_truth, field);
            if (want is not { ValueKind: not JsonValueKind.Null } w)
                continue;
            var have = Get(got, field);
            if (!Same(field, w, have))
                problems.Add($"{field}: want {w} got {(have is { ValueKind: not JsonValueKind.Null } h ? h.ToString() : have is null ? "missing" : "null")}");
        }
        var findings = got.GetProperty("findings").EnumerateArray().ToList();
        var matched = new HashSet<int>();
        foreach (var inconsistency in _truth.GetProperty("inconsistencies").EnumerateArray())
        {
            var index = findings.FindIndex(f => Matches(inconsistency, f));
            if (index < 0)
                problems.Add($"missed {inconsistency.GetProperty("kind").GetString()}: {Text(inconsistency, "what")}");
            else
                matched.Add(index);
        }
        for (var i = 0; i < findings.Count; i++)
        {
            if (findings[i].GetProperty("severity").GetString() == "error" && !matched.Contains(i))
                problems.Add($"false error {findings[i].GetProperty("kind").GetString()}: {findings[i].GetProperty("message").GetString()}");
        }
        return problems;
    }

    private static bool Matches(JsonElement inconsistency, JsonElement finding)
    {
        if (finding.GetProperty("kind").GetString() != inconsistency.GetProperty("kind").GetString())
            return false;
        if (finding.GetProperty("severity").GetString() is not ("error" or "warning"))
            return false;
        var stated = Number(inconsistency, "stated");
        var computed = Number(inconsistency, "computed");
        if (stated is null && computed is null)
            return true;
        return Close(Number(finding, "stated"), stated) || Close(Number(finding, "computed"), computed);
    }

    private static bool Same(string field, JsonElement want, JsonElement? have)
    {
        if (have is not { ValueKind: not JsonValueKind.Null } h)
            return false;
        if (field == "department")
        {
            var t = Norm(want.GetString());
            var g = Norm(h.GetString());
            return t == g || t.EndsWith(g, StringComparison.Ordinal) || g.EndsWith(t, StringComparison.Ordinal);
        }
        if (want.ValueKind == JsonValueKind.Number)
            return h.ValueKind == JsonValueKind.Number && Math.Abs(h.GetDouble() - want.GetDouble()) <= Tolerance;
        return Norm(want.ToString()) == Norm(h.ToString());
    }

    private static JsonElement? Get(JsonElement e, string path)
    {
        foreach (var part in path.Split('.'))
        {
            if (e.ValueKind != JsonValueKind.Object || !e.TryGetProperty(part, out e))
                return null;
        }
        return e;
    }

    private static double? Number(JsonElement e, string name) =>
        e.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.Number ? v.GetDouble() : null;

    private static bool Close(double? a, double? b) => a is { } x && b is { } y && Math.Abs(x - y) <= Tolerance;

    private static string Text(JsonElement e, string name) => e.TryGetProperty(name, out var v) ? v.ToString() : "";

    private static string Norm(string? s) =>
        string.Concat((s ?? "").Normalize(NormalizationForm.FormKC).Where(c => !char.IsWhiteSpace(c)));
}
