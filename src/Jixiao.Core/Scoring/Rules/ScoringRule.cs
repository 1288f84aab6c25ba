using Jixiao.Core.Schemes;

namespace Jixiao.Core.Scoring.Rules;

/// <summary>
/// A scoring rule as a scheme names it, with its parameters. Each rule scores one fixed leaf of the scheme's
/// tree; <see cref="DepartmentIndicatorsRule"/> scores the department's own indicators placed under a node.
/// </summary>
public abstract class ScoringRule
{
    /// <summary>The name a scheme file uses for the rule (proportional, execution-rate …).</summary>
    public abstract string Name { get; }

    internal abstract LeafScore Score(SchemeNode node, ScoringContext context);

    /// <summary>Every rule name a scheme file may use.</summary>
    public static IReadOnlyList<string> Names { get; } =
    [
        ExecutionRateRule.RuleName, ProportionalRule.RuleName, DeductPerPointRule.RuleName,
        StepDeductionRule.RuleName, BandsRule.RuleName, QualitativeRule.RuleName,
        SatisfactionStepsRule.RuleName, ChecklistRule.RuleName, DepartmentIndicatorsRule.RuleName,
    ];
}
