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

/// <summary>One input of a score: a text as written, or a number with its unit, formatted only when shown.</summary>
public readonly record struct ProvenanceInput(string Name, string? Text, decimal? Number = null, string Unit = "")
{
    public string Value => Text ?? (Number is { } n ? Provenance.Format(n) + Unit : "缺失");

    public override string ToString() => $"{Name} {Value}";

    public static ProvenanceInput Of(string name, decimal? value, string unit = "") => new(name, null, value, unit);
}
