namespace Jixiao.Core.Scoring.Rules;

/// <summary>checklist: each item the department meets earns its points (管理制度健全性: 财务 1, 资产 1, 采购 1 …).</summary>
public sealed class ChecklistRule(IReadOnlyList<ChecklistItem> items) : ScoringRule
{
    public const string RuleName = "checklist";

    public IReadOnlyList<ChecklistItem> Items { get; } = items;

    public override string Name => RuleName;

    internal override LeafScore Score(Schemes.SchemeNode node, ScoringContext context)
    {
        if (!context.Evaluation.Assessments.TryGetValue(node.Id, out var assessment))
            return LeafScore.Lacking(Name, $"“{node.Name}”各检查项的完成情况", []);
        var earned = 0m;
        var inputs = new List<ProvenanceInput>(Items.Count);
        List<string>? unmet = null;
        foreach (var item in Items)
        {
            var met = assessment.ItemsMet.Contains(item.Id);
            inputs.Add(new ProvenanceInput(item.Name, met ? "是" : "否"));
            if (met)
                earned += item.Points;
            else
                (unmet ??= []).Add(item.Name);
        }
        return LeafScore.Scored(node.Weight, earned, Name, inputs, unmet is null ? null : "未满足：" + string.Join("、", unmet));
    }
}

public sealed record ChecklistItem(string Id, string Name, decimal Points);
