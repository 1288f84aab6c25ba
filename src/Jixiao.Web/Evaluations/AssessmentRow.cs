namespace Jixiao.Web.Evaluations;

/// <summary>The department's judgement on one of the scheme's fixed indicators.</summary>
public sealed class AssessmentRow
{
    public string? Level { get; set; }

    public List<string> ItemsMet { get; set; } = [];

    public string? Value { get; set; }

    public string? Score { get; set; }

    public string? Basis { get; set; }
}
