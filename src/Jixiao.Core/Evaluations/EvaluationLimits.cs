namespace Jixiao.Core.Evaluations;

/// <summary>
/// The bounds of a plausible evaluation, shared by every reader (file, form, import) and the audit: beyond them a
/// figure is a typo (a unit or a decimal point) and a list is not a department's, and both would cost memory and
/// arithmetic no real evaluation needs.
/// </summary>
public static class EvaluationLimits
{
    /// <summary>10¹² 万元 (10¹⁶ 元), far above any budget: the national budget is about 3 × 10¹⁰ 万元.</summary>
    public const decimal MaxAmount = 1_000_000_000_000m;

    /// <summary>A department sets a few dozen 三级指标; a thousand is no department's table.</summary>
    public const int MaxIndicators = 1000;

    /// <summary>Key tasks (重点任务) per evaluation, on the same reasoning.</summary>
    public const int MaxTasks = 500;
}
