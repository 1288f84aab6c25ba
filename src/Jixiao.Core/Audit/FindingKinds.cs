namespace Jixiao.Core.Audit;

/// <summary>The finding kinds shared by the CLI, the web app and the tests (domain.md §7).</summary>
public static class FindingKinds
{
    public const string RateMismatch = "rate_mismatch";
    public const string SumMismatch = "sum_mismatch";
    public const string GradeMismatch = "grade_mismatch";
    public const string ScoreOverWeight = "score_over_weight";
    public const string InvertedFormula = "inverted_formula";
    public const string MissingNumber = "missing_number";
    public const string MissingRequired = "missing_required";
    public const string TargetUnmeasurable = "target_unmeasurable";
    public const string NarrativeMismatch = "narrative_mismatch";

    /// <summary>The department's score differs from the one recomputed under its scheme.</summary>
    public const string ScoreMismatch = "score_mismatch";

    /// <summary>Full marks for an indicator whose actual misses its target.</summary>
    public const string FullScoreMissedTarget = "full_score_missed_target";

    /// <summary>Indicator weights that do not sum to their slot in the scheme.</summary>
    public const string WeightMismatch = "weight_mismatch";

    /// <summary>A numeric target whose actual is written only in words ("完成").</summary>
    public const string ActualNotNumeric = "actual_not_numeric";

    /// <summary>Spending above the full-year budget.</summary>
    public const string OverBudget = "over_budget";

    /// <summary>A large adjustment (预算调整率 above 30%) or a full-year budget above twice the initial one.</summary>
    public const string LargeAdjustment = "large_adjustment";

    /// <summary>An indicator named as a leaf of the scheme but weighted otherwise (the document follows another scheme).</summary>
    public const string SchemeWeightDiffers = "scheme_weight_differs";

    /// <summary>A figure that cannot be right: negative where it never is, or beyond any budget (a unit or decimal-point typo).</summary>
    public const string ImplausibleFigure = "implausible_figure";

    /// <summary>The same indicator listed twice, so scored twice.</summary>
    public const string DuplicateIndicator = "duplicate_indicator";
}
