using System.Globalization;
using Jixiao.Core.Evaluations;
using Jixiao.Core.Indicators;
using Jixiao.Core.Schemes;
using Jixiao.Core.Scoring;
using Jixiao.Core.Scoring.Rules;
using Jixiao.Documents.Report;

namespace Jixiao.Documents.Table;

/// <summary>
/// Turns a score card into table lines: the scheme's fixed leaves under their 一级/二级 names, and the
/// department's own indicators under the slot that scored them, with their targets and actual values. Only what
/// the data say is shown: a department indicator without its own 分值 shows no 分值 and no 得分 (the engine's even
/// share of the slot is a scoring device, not the department's table), and nothing says what is missing.
/// </summary>
internal static class ScoredRows
{
    public static IReadOnlyList<ScoredRow> Build(Evaluation evaluation, ScoreCard card) =>
        Build(evaluation, card, new DocumentNumbers(card.Scheme.Precision));

    public static IReadOnlyList<ScoredRow> Build(Evaluation evaluation, ScoreCard card, DocumentNumbers numbers)
    {
        var nodes = card.Scheme.AllNodes().ToDictionary(n => n.Id, StringComparer.Ordinal);
        var used = new bool[evaluation.Indicators.Count];
        var path = new List<string>();
        var rows = new List<ScoredRow>(card.Items.Count);
        var slotDepth = 0;
        foreach (var item in card.Items)
        {
            if (!nodes.TryGetValue(item.Id, out var node))
            {
                rows.Add(IndicatorRow(evaluation, item, path, slotDepth, used, numbers));
                continue;
            }
            if (path.Count > item.Depth)
                path.RemoveRange(item.Depth, path.Count - item.Depth);
            path.Add(item.Name);
            if (node.Rule is DepartmentIndicatorsRule)
            {
                slotDepth = item.Depth;
                if (!item.IsGroup)
                    rows.Add(SlotRow(evaluation, item, path, numbers));
            }
            else if (!node.IsGroup)
            {
                rows.Add(LeafRow(evaluation, node, item, path, numbers));
            }
        }
        return rows;
    }

    private static ScoredRow LeafRow(Evaluation evaluation, SchemeNode node, ScoredItem item, List<string> path, DocumentNumbers numbers)
    {
        var (l1, l2, l3) = Levels(path);
        evaluation.Assessments.TryGetValue(node.Id, out var assessment);
        var target = node.Rule is ExecutionRateRule ? "100%" : "";
        var inputs = Inputs(item.Provenance.Inputs, numbers);
        var actual = assessment?.Level is { } level ? Join(level, inputs) : inputs;
        return new ScoredRow(l1, l2, l3, target, actual, numbers.RoundScore(item.Weight), Rounded(item.Score ?? item.StatedScore, numbers),
            assessment?.Basis?.Trim() ?? "", item.Depth == 0 && node.Rule is ExecutionRateRule { RateId: "execution" })
        { Basis = actual };
    }

    private static ScoredRow SlotRow(Evaluation evaluation, ScoredItem item, List<string> path, DocumentNumbers numbers)
    {
        var (l1, l2, _) = Levels(path);
        var summary = evaluation.IndicatorSummary;
        var count = summary?.Count.ToString(CultureInfo.InvariantCulture);
        var l3 = summary is null ? "" : $"绩效指标{count}项";
        var target = summary is null ? "" : $"{count}项";
        var actual = summary is null ? "" : $"完成{summary.Met.ToString(CultureInfo.InvariantCulture)}项";
        return new ScoredRow(l1, l2, l3, target, actual, numbers.RoundScore(item.Weight), Rounded(item.Score ?? item.StatedScore, numbers), "", false)
        { Basis = actual };
    }

    private static ScoredRow IndicatorRow(Evaluation evaluation, ScoredItem item, List<string> path, int slotDepth, bool[] used, DocumentNumbers numbers)
    {
        var indicator = Take(evaluation.Indicators, item.Name, used);
        var l1 = indicator is { Level1.Length: > 0 } ? indicator.Level1 : path[0];
        var l2 = indicator is { Level2.Length: > 0 } ? indicator.Level2 : slotDepth >= 1 && path.Count > slotDepth ? path[slotDepth] : "";
        // Only the department's own 分值 is a weight; a score needs one (or is the department's stated 得分).
        var weight = indicator?.Weight;
        var score = indicator?.StatedScore ?? (weight is null ? null : item.Score);
        var actual = indicator?.Actual?.Text ?? "";
        return new ScoredRow(l1, l2, item.Name, indicator?.Target.Text ?? "", actual, Rounded(weight, numbers), Rounded(score, numbers),
            indicator?.Deviation?.Trim() ?? "", false, IsDepartmentIndicator: true)
        { Basis = actual };
    }

    /// <summary>The first indicator of that name not yet placed: the engine lists them in the evaluation's order.</summary>
    private static Indicator? Take(IReadOnlyList<Indicator> indicators, string name, bool[] used)
    {
        for (var i = 0; i < indicators.Count; i++)
        {
            if (!used[i] && indicators[i].Name == name)
            {
                used[i] = true;
                return indicators[i];
            }
        }
        return null;
    }

    /// <summary>The inputs a rule read, in the documents' number format; inputs the data lack are left out.</summary>
    private static string Inputs(IReadOnlyList<ProvenanceInput> inputs, DocumentNumbers numbers)
    {
        var parts = new List<string>(inputs.Count);
        foreach (var input in inputs)
        {
            if (input.Text is { } text)
            {
                if (text != "缺失")
                    parts.Add($"{input.Name}{text}");
            }
            else if (input.Number is { } n)
                parts.Add(input.Name + Number(n, input.Unit.Trim(), numbers));
        }
        return string.Join("；", parts);
    }

    private static string Number(decimal value, string unit, DocumentNumbers numbers) => unit switch
    {
        "%" => DocumentNumbers.Format(value / 100m, numbers.RateFormat),
        "万元" => numbers.Amount(value) + unit,
        _ => value.ToString("0.##", CultureInfo.InvariantCulture) + unit,
    };

    private static string Join(string a, string b) => b.Length == 0 ? a : $"{a}；{b}";

    private static decimal? Rounded(decimal? value, DocumentNumbers numbers) => value is { } v ? numbers.RoundScore(v) : null;

    /// <summary>Depth 0 is 一级, 1 is 二级; anything deeper is the 三级 name under its first two ancestors.</summary>
    private static (string L1, string L2, string L3) Levels(List<string> path) => path.Count switch
    {
        1 => (path[0], "", ""),
        2 => (path[0], path[1], ""),
        _ => (path[0], path[1], path[^1]),
    };
}
