using Jixiao.Core.Indicators;
using Jixiao.Core.Schemes;

namespace Jixiao.Core.Scoring.Rules;

/// <summary>
/// department-indicators: the slot where the department's own 三级指标 are scored. An indicator belongs to the
/// slot whose <see cref="Match"/> words appear in its 一级 or 二级指标 ("*" takes the rest). Quantitative targets score
/// proportionally, words against the qualitative levels. Unweighted indicators (Guangzhou 2021 tables) share the
/// slot's weight equally. An indicator set known only by count scores in full only when all are met.
/// </summary>
public sealed class DepartmentIndicatorsRule(IReadOnlyList<string> match, QualitativeLevels levels) : ScoringRule
{
    public const string RuleName = "department-indicators";

    public const string Wildcard = "*";

    public IReadOnlyList<string> Match { get; } = match;

    public QualitativeLevels Levels { get; } = levels;

    public override string Name => RuleName;

    public bool Takes(Indicator indicator)
    {
        foreach (var word in Match)
        {
            if (word != Wildcard && (indicator.Level1.Contains(word, StringComparison.Ordinal) || indicator.Level2.Contains(word, StringComparison.Ordinal)))
                return true;
        }
        return false;
    }

    public bool IsWildcard => Match.Contains(Wildcard);

    internal override LeafScore Score(SchemeNode node, ScoringContext context) => ScoreInto(node, context, null, 0);

    /// <summary>Scores the slot and, when <paramref name="items"/> is given, adds one line per indicator.</summary>
    internal LeafScore ScoreInto(SchemeNode node, ScoringContext context, List<ScoredItem>? items, int depth)
    {
        var indicators = IndicatorsOf(node, context);
        if (indicators.Count == 0)
            return FromSummary(node, context.Evaluation.IndicatorSummary);

        var weighted = indicators.TrueForAll(i => i.Weight is not null);
        var share = weighted ? 0m : node.Weight / indicators.Count;
        var total = 0m;
        string? missing = null;
        foreach (var indicator in indicators)
        {
            var weight = indicator.Weight ?? share;
            var leaf = ScoreIndicator(indicator, weight, Levels, context.Scheme.OverTargetPenalty);
            items?.Add(new ScoredItem(indicator.Name, indicator.Name, depth, weight, leaf.Score, indicator.StatedScore, leaf.Provenance, false));
            if (leaf.Score is { } s)
                total += s;
            else
                missing ??= leaf.MissingInput;
        }
        var inputs = new[] { ProvenanceInput.Of("指标数", indicators.Count, " 项") };
        if (missing is not null)
            return LeafScore.Lacking(Name, missing, inputs);
        return LeafScore.Scored(node.Weight, total, Name, inputs, weighted ? null : $"指标未标分值，{indicators.Count} 项平分 {Provenance.Format(node.Weight)} 分");
    }

    private LeafScore FromSummary(SchemeNode node, IndicatorSummary? summary)
    {
        if (summary is null)
            return LeafScore.Lacking(Name, $"“{node.Name}”的各项绩效指标", []);
        var inputs = new[] { ProvenanceInput.Of("指标数", summary.Count, " 项"), ProvenanceInput.Of("已完成", summary.Met, " 项") };
        if (summary.Met >= summary.Count)
            return LeafScore.Scored(node.Weight, node.Weight, Name, inputs, $"{summary.Count} 项指标均已完成");
        return LeafScore.Lacking(Name, $"未完成指标的目标值和实际值（仅知 {summary.Count} 项中完成 {summary.Met} 项）", inputs);
    }

    private List<Indicator> IndicatorsOf(SchemeNode node, ScoringContext context)
    {
        var result = new List<Indicator>(context.Evaluation.Indicators.Count);
        foreach (var indicator in context.Evaluation.Indicators)
        {
            if (Takes(indicator) || (IsWildcard && !TakenByAnotherSlot(indicator, node, context.Scheme)))
                result.Add(indicator);
        }
        return result;
    }

    private static bool TakenByAnotherSlot(Indicator indicator, SchemeNode self, Scheme scheme)
    {
        foreach (var node in scheme.AllNodes())
        {
            if (!ReferenceEquals(node, self) && node.Rule is DepartmentIndicatorsRule other && other.Takes(indicator))
                return true;
        }
        return false;
    }

    /// <summary>One indicator against its target: proportional on numbers, the qualitative levels on words.</summary>
    internal static LeafScore ScoreIndicator(Indicator indicator, decimal weight, QualitativeLevels levels, OverTargetPenalty? penalty)
    {
        var target = indicator.Target;
        var actual = indicator.Actual;
        var inputs = new ProvenanceInput[] { new("目标", target.Text), new("实际", actual?.Text ?? "缺失") };
        var actualValue = indicator.ActualValue;
        if (target.IsQuantitative && actualValue is { } a)
        {
            var atMost = target.Direction == Direction.AtMost;
            var t = target.Value!.Value;
            var fraction = target.Direction == Direction.Exactly
                ? Math.Min(ProportionalRule.Fraction(a, t, false), ProportionalRule.Fraction(a, t, true))
                : ProportionalRule.Fraction(a, t, atMost);
            var raw = weight * fraction;
            // The inputs already quote target and actual; the reason only names the kind of loss.
            string? reason = fraction < 1m ? "实际未达目标，按比例计分" : null;
            if (penalty is not null && !atMost && t > 0m && a >= t * penalty.Ratio)
            {
                raw -= penalty.Points;
                reason = $"实际超出目标 {Provenance.Format((penalty.Ratio - 1m) * 100m)}% 以上，目标设置偏低，扣 {Provenance.Format(penalty.Points)} 分";
            }
            return LeafScore.Scored(weight, raw, "proportional", inputs, reason);
        }
        var level = indicator.Achievement ?? QualitativeLevels.FromText(actual?.Text);
        if (level is null)
            return LeafScore.Lacking("qualitative", $"指标“{indicator.Name}”的实际完成值", inputs);
        var points = levels.Points(level, weight, indicator.StatedScore, out var why);
        if (points is null)
            return LeafScore.Lacking("qualitative", $"指标“{indicator.Name}”的有效完成程度", inputs);
        return LeafScore.Scored(weight, points.Value, "qualitative", inputs, points < weight ? why : null);
    }
}
