namespace Jixiao.Core.Scoring.Rules;

/// <summary>A rule that reads one rate of <see cref="Rates.Rates"/> (or a value the department states for the leaf).</summary>
public abstract class RateRule(string rateId) : ScoringRule
{
    public string RateId { get; } = rateId;

    /// <summary>The rate in percent, from the figures, else from the department's assessment of the leaf.</summary>
    internal bool TryRead(Schemes.SchemeNode node, ScoringContext context, out decimal percent, out List<ProvenanceInput> inputs, out string missing)
    {
        inputs = [];
        var rate = Rates.Rates.Find(RateId);
        var value = rate is null ? null : context.Rate(rate);
        if (value is { } v)
        {
            percent = v.Percent;
            inputs.Add(ProvenanceInput.Of(rate!.ChineseName, v.Rounded(2), "%"));
            missing = "";
            return true;
        }
        if (context.Evaluation.Assessments.TryGetValue(node.Id, out var assessment) && assessment.Value is { } stated)
        {
            percent = stated;
            inputs.Add(ProvenanceInput.Of(node.Name, stated, "%（部门填报）"));
            missing = "";
            return true;
        }
        percent = 0m;
        missing = rate is null ? node.Name : $"{rate.ChineseName}（{rate.Formula}）";
        return false;
    }
}
