namespace Jixiao.Core.Evaluations;

/// <summary>
/// The department's judgement on one fixed indicator of the scheme (a qualitative or checklist leaf):
/// the level reached, the checklist items met, and the score it gave itself.
/// </summary>
public sealed class Assessment
{
    /// <summary>达成, 部分达成 or 未达成, for qualitative rules.</summary>
    public string? Level { get; init; }

    /// <summary>Checklist item ids the department meets.</summary>
    public IReadOnlyList<string> ItemsMet { get; init; } = [];

    /// <summary>A measured value in percent for a leaf no figure gives (满意度 96.5 …).</summary>
    public decimal? Value { get; init; }

    /// <summary>The score the department stated for this indicator.</summary>
    public decimal? StatedScore { get; init; }

    /// <summary>Why, in the department's words (评分依据).</summary>
    public string? Basis { get; init; }
}
