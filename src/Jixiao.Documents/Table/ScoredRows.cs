using Jixiao.Core.Evaluations;
using Jixiao.Core.Indicators;
using Jixiao.Core.Schemes;
using Jixiao.Core.Scoring;
using Jixiao.Core.Scoring.Rules;

namespace Jixiao.Documents.Table;

/// <summary>
/// Turns a score card into table lines: the scheme's fixed leaves under their 一级/二级 names, and the
/// department's own indicators under the slot that scored them, with their targets and actual values.
/// </summary>
internal static class ScoredRows
{
    public static IReadOnlyList<ScoredRow> Build(Evaluation evaluation, ScoreCard card)
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
                rows.Add(IndicatorRow(evaluation, item, path, slotDepth, used));
                continue;
            }
            if (path.Count > item.Depth)
                path.RemoveRange(item.Depth, path.Count - item.Depth);
            path.Add(item.Name);
            if (node.Rule is DepartmentIndicatorsRule)
            {
                slotDepth = item.Depth;
                if (!item.IsGroup)
                    rows.Add(SlotRow(evaluation, item, path));
            }
            else if (!node.IsGroup)
            {
                rows.Add(LeafRow(evaluation, node, item, path));
            }
        }
        return rows;
    }

    private static ScoredRow LeafRow(Evaluation evaluation, SchemeNode node, ScoredItem item, List<string> path)
    {
        var (l1, l2, l3) = Levels(path);
        evaluation.Assessments.TryGetValue(node.Id, out var assessment);
        var target = node.Rule is ExecutionRateRule ? "100%" : "";
        var actual = string.Join("；", item.Provenance.Inputs.Select(i => i.ToString()));
        if (assessment?.Level is { } level)
            actual = actual.Length > 0 ? $"{level}；{actual}" : level;
        var note = assessment?.Basis ?? Reason(item);
        return new ScoredRow(l1, l2, l3, target, actual, item.Weight, item.Score ?? item.StatedScore, note ?? "",
            item.Depth == 0 && node.Rule is ExecutionRateRule { RateId: "execution" });
    }

    private static ScoredRow SlotRow(Evaluation evaluation, ScoredItem item, List<string> path)
    {
        var (l1, l2, _) = Levels(path);
        var summary = evaluation.IndicatorSummary;
        var l3 = summary is null ? "" : $"绩效指标 {summary.Count} 项";
        var target = summary is null ? "" : $"{summary.Count} 项";
        var actual = summary is null ? "" : $"完成 {summary.Met} 项";
        return new ScoredRow(l1, l2, l3, target, actual, item.Weight, item.Score ?? item.StatedScore, Reason(item) ?? "", false);
    }

    private static ScoredRow IndicatorRow(Evaluation evaluation, ScoredItem item, List<string> path, int slotDepth, bool[] used)
    {
        var indicator = Take(evaluation.Indicators, item.Name, used);
        var l1 = indicator is { Level1.Length: > 0 } ? indicator.Level1 : path[0];
        var l2 = indicator is { Level2.Length: > 0 } ? indicator.Level2 : slotDepth >= 1 && path.Count > slotDepth ? path[slotDepth] : "";
        return new ScoredRow(l1, l2, item.Name, indicator?.Target.Text ?? "", indicator?.Actual?.Text ?? "",
            indicator?.Weight ?? item.Weight, item.Score ?? item.StatedScore, indicator?.Deviation ?? Reason(item) ?? "", false, IsDepartmentIndicator: true);
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

    /// <summary>Depth 0 is 一级, 1 is 二级; anything deeper is the 三级 name under its first two ancestors.</summary>
    private static (string L1, string L2, string L3) Levels(List<string> path) => path.Count switch
    {
        1 => (path[0], "", ""),
        2 => (path[0], path[1], ""),
        _ => (path[0], path[1], path[^1]),
    };

    private static string? Reason(ScoredItem item) =>
        item.Score is null || item.Provenance.PointsLost > 0 ? item.Provenance.Reason : null;
}
