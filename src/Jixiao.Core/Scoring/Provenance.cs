using System.Globalization;

namespace Jixiao.Core.Scoring;

/// <summary>How a score was reached: the rule, the inputs it read, and the points lost with the reason.</summary>
public sealed record Provenance(string Rule, IReadOnlyList<ProvenanceInput> Inputs, decimal PointsLost, string? Reason)
{
    public string Describe()
    {
        var inputs = string.Join("，", Inputs.Select(i => i.ToString()));
        var text = $"规则 {Rule}" + (inputs.Length > 0 ? $"；依据 {inputs}" : "");
        return PointsLost > 0 ? $"{text}；扣 {Format(PointsLost)} 分：{Reason}" : Reason is null ? text : $"{text}；{Reason}";
    }

    internal static string Format(decimal d) => d.ToString("0.##", CultureInfo.InvariantCulture);
}

public readonly record struct ProvenanceInput(string Name, string Value)
{
    public override string ToString() => $"{Name} {Value}";

    public static ProvenanceInput Of(string name, decimal? value, string unit = "") =>
        new(name, value is null ? "缺失" : Provenance.Format(value.Value) + unit);
}
