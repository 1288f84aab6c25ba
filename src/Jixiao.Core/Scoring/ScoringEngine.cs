using Jixiao.Core.Evaluations;
using Jixiao.Core.Schemes;
using Jixiao.Core.Scoring.Rules;

namespace Jixiao.Core.Scoring;

/// <summary>Scores an evaluation under a scheme: every leaf by its rule, groups by sum, the cap, the grade.</summary>
public static class ScoringEngine
{
    public static ScoreCard Score(Evaluation evaluation, Scheme scheme) => Score(new ScoringContext(evaluation, scheme));

    internal static ScoreCard Score(ScoringContext context)
    {
        var scheme = context.Scheme;
        var items = new List<ScoredItem>(32 + context.Evaluation.Indicators.Count);
        var missing = new List<string>();
        var total = 0m;
        foreach (var node in scheme.Indicators)
        {
            var score = ScoreNode(node, context, items, missing, 0);
            total += score ?? 0m;
        }

        var evaluation = context.Evaluation;
        if (missing.Count > 0)
        {
            return new ScoreCard
            {
                Scheme = scheme,
                Items = items,
                Missing = missing,
                StatedScore = evaluation.Stated.Score,
                StatedGrade = evaluation.Stated.Grade,
            };
        }

        var (capped, cap) = ApplyCaps(Math.Round(total, 2, MidpointRounding.AwayFromZero), context);
        var grade = scheme.GradeFor(capped);
        return new ScoreCard
        {
            Scheme = scheme,
            Items = items,
            Total = capped,
            Grade = grade,
            CapApplied = cap,
            StatedScore = evaluation.Stated.Score,
            StatedGrade = evaluation.Stated.Grade,
            NextGrade = Advise(capped, items, scheme, cap),
        };
    }

    private static decimal? ScoreNode(SchemeNode node, ScoringContext context, List<ScoredItem> items, List<string> missing, int depth)
    {
        context.Evaluation.Assessments.TryGetValue(node.Id, out var assessment);
        if (node.IsGroup)
        {
            var at = items.Count;
            items.Add(null!); // placeholder: the group's line comes before its children
            decimal? sum = 0m;
            foreach (var child in node.Children)
            {
                var s = ScoreNode(child, context, items, missing, depth + 1);
                sum = s is null || sum is null ? null : sum + s;
            }
            var provenance = new Provenance("sum", [], sum is null ? 0m : node.Weight - sum.Value, null);
            items[at] = new ScoredItem(node.Id, node.Name, depth, node.Weight, sum, assessment?.StatedScore, provenance, true);
            return sum;
        }

        LeafScore leaf;
        if (node.Rule is DepartmentIndicatorsRule slot)
        {
            var at = items.Count;
            items.Add(null!);
            try
            {
                leaf = slot.ScoreInto(node, context, items, depth + 1);
            }
            catch (OverflowException)
            {
                items.RemoveRange(at + 1, items.Count - at - 1);
                leaf = LeafScore.OutOfRange(slot.Name);
            }
            items[at] = new ScoredItem(node.Id, node.Name, depth, node.Weight, leaf.Score, assessment?.StatedScore, leaf.Provenance, items.Count > at + 1);
        }
        else
        {
            leaf = Score(node, context);
            items.Add(new ScoredItem(node.Id, node.Name, depth, node.Weight, leaf.Score, assessment?.StatedScore, leaf.Provenance, false));
        }
        if (leaf.MissingInput is not null)
            missing.Add(leaf.MissingInput);
        return leaf.Score;
    }

    /// <summary>A leaf's score; figures beyond any budget that overflow the rule's arithmetic leave it unscored, never throw.</summary>
    private static LeafScore Score(SchemeNode node, ScoringContext context)
    {
        try
        {
            return node.Rule!.Score(node, context);
        }
        catch (OverflowException)
        {
            return LeafScore.OutOfRange(node.Rule!.Name);
        }
    }

    private static (decimal Total, string? Cap) ApplyCaps(decimal total, ScoringContext context)
    {
        TotalCap? strictest = null;
        decimal ratePercent = 0m;
        foreach (var cap in context.Scheme.Caps)
        {
            var rate = Rates.Rates.Find(cap.RateId);
            if (rate is null || context.Rate(rate) is not { } value || value.Percent >= cap.Below)
                continue;
            if (strictest is null || cap.Max < strictest.Max)
            {
                strictest = cap;
                ratePercent = value.Percent;
            }
        }
        if (strictest is null || total <= strictest.Max)
            return (total, null);
        var name = Rates.Rates.Find(strictest.RateId)!.ChineseName;
        return (strictest.Max, $"{name} {Provenance.Format(Math.Round(ratePercent, 2, MidpointRounding.AwayFromZero))}% 低于 {Provenance.Format(strictest.Below)}%，总分封顶 {Provenance.Format(strictest.Max)} 分（原 {Provenance.Format(total)} 分）");
    }

    /// <summary>The points short of the next band and the items with the most headroom that could close the gap.</summary>
    private static GradeAdvice? Advise(decimal total, List<ScoredItem> items, Scheme scheme, string? cap)
    {
        var next = scheme.NextBandAbove(total);
        if (next is null)
            return null;
        var needed = next.Min - total;
        var levers = items.Where(i => !i.IsGroup && i.Headroom > 0m).OrderByDescending(i => i.Headroom).ToList();
        var chosen = new List<ScoredItem>();
        var gained = 0m;
        foreach (var lever in levers)
        {
            if (gained >= needed)
                break;
            chosen.Add(lever);
            gained += lever.Headroom;
        }
        var blocker = cap is not null ? $"总分受封顶限制：{cap}；须先提高执行率" : gained < needed ? "各项可提升分值之和仍不足以升档" : null;
        return new GradeAdvice(next.Grade, needed, chosen, blocker);
    }
}
