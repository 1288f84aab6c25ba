using Jixiao.Core.Evaluations;
using Jixiao.Core.Indicators;
using Jixiao.Core.Schemes;
using Jixiao.Core.Scoring.Rules;
using Jixiao.Documents.Import.Structure;

namespace Jixiao.Documents.Import.Extraction;

/// <summary>Where each indicator row the document lists goes: a leaf of the scheme, or the department's own indicators.</summary>
internal static class IndicatorPlacement
{
    /// <summary>
    /// Rows naming one of the scheme's own leaves (绩效目标合理性, 预算执行率 …) are that leaf's assessment; the rest are the
    /// department's indicators. The 预算执行率 score of a funds table or a sentence goes to the scheme's execution leaf.
    /// </summary>
    public static (List<Indicator>, Dictionary<string, Assessment>) Place(DocumentFacts facts, Scheme scheme, Evidence evidence)
    {
        var leaves = scheme.AllNodes().Where(n => !n.IsGroup && n.Rule is not DepartmentIndicatorsRule).ToList();
        var indicators = new List<Indicator>();
        var assessments = new Dictionary<string, Assessment>(StringComparer.Ordinal);
        foreach (var draft in facts.Indicators)
        {
            // A row weighted otherwise than the leaf it is named after follows another scheme: it stays the department's.
            var leaf = leaves.FirstOrDefault(n => Key(n.Name) == Key(draft.Name) && (draft.Weight is null || draft.Weight == n.Weight));
            if (leaf is not null && draft.Score is not null && !assessments.ContainsKey(leaf.Id))
            {
                assessments[leaf.Id] = new Assessment { StatedScore = draft.Score, Basis = draft.Remark };
                evidence.Add("node:" + leaf.Id, draft.Line, draft.Quote);
                continue;
            }
            indicators.Add(new Indicator
            {
                Level1 = draft.Level1,
                Level2 = draft.Level2,
                Name = draft.Name,
                Weight = draft.Weight,
                Target = Target.Parse(draft.Target),
                Actual = draft.Actual is null ? null : Target.Parse(draft.Actual),
                Formula = draft.Formula,
                StatedScore = draft.Score,
                Deviation = draft.Remark,
                Task = draft.Task,
                Place = draft.Line.Place,
            });
            evidence.Add("indicator:" + draft.Name, draft.Line, draft.Quote);
        }
        if (facts.Indicators.Count > 0)
            evidence.Add("indicators", facts.Indicators[0].Line, facts.Indicators[0].Quote);
        else if (facts.StatedIndicators is { } stated)
            evidence.Add("indicators", stated.Line, stated.Quote);

        // A score above the leaf's weight, with no weight stated, was given under another scheme's weight: not this leaf's.
        if (facts.ExecutionScore is { } execution && leaves.FirstOrDefault(n => n.Rule is ExecutionRateRule) is { } executionLeaf && !assessments.ContainsKey(executionLeaf.Id)
            && (facts.ExecutionWeight is null ? execution.Value <= executionLeaf.Weight : facts.ExecutionWeight == executionLeaf.Weight))
        {
            assessments[executionLeaf.Id] = new Assessment { StatedScore = execution.Value };
            evidence.Add("node:" + executionLeaf.Id, execution.Line, execution.Quote);
        }
        // "18 项绩效指标得分 90 分": the slot's score, when the indicators are not listed and the scheme has one slot.
        var slots = scheme.AllNodes().Where(n => n.Rule is DepartmentIndicatorsRule).ToList();
        if (facts.IndicatorsScore is { } slotScore && indicators.Count == 0 && slots.Count == 1 && slotScore.Value <= slots[0].Weight)
        {
            assessments[slots[0].Id] = new Assessment { StatedScore = slotScore.Value };
            evidence.Add("node:" + slots[0].Id, slotScore.Line, slotScore.Quote);
        }
        return (indicators, assessments);
    }

    internal static string Key(string name) => Words.Core(name);
}
