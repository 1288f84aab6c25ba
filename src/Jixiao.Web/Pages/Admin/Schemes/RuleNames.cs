using Jixiao.Core.Scoring.Rules;

namespace Jixiao.Web.Pages.Admin.Schemes;

/// <summary>The Chinese name of each scoring rule a scheme file may use, beside the name the file uses.</summary>
public static class RuleNames
{
    public static string ToChinese(string rule) => rule switch
    {
        ExecutionRateRule.RuleName => "预算执行率计分",
        ProportionalRule.RuleName => "按比例计分",
        DeductPerPointRule.RuleName => "按百分点扣分",
        StepDeductionRule.RuleName => "按档扣分",
        BandsRule.RuleName => "分档计分",
        QualitativeRule.RuleName => "定性评价",
        SatisfactionStepsRule.RuleName => "满意度分档",
        ChecklistRule.RuleName => "逐项检查",
        DepartmentIndicatorsRule.RuleName => "部门自设绩效指标",
        _ => rule,
    };
}
