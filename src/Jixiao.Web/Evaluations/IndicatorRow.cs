namespace Jixiao.Web.Evaluations;

/// <summary>A row of the indicator table (三级指标 with its 一级/二级).</summary>
public sealed class IndicatorRow
{
    public string? Level1 { get; set; }

    public string? Level2 { get; set; }

    public string? Name { get; set; }

    public string? Weight { get; set; }

    public string? Formula { get; set; }

    public string? Target { get; set; }

    public string? Actual { get; set; }

    public string? Score { get; set; }

    public string? Deviation { get; set; }

    public string? Task { get; set; }

    public string? Achievement { get; set; }
}
