using Jixiao.Core.Audit;
using Jixiao.Core.Evaluations;
using Jixiao.Core.Indicators;

namespace Jixiao.Core.Tests.Audit;

/// <summary>The same indicator listed twice (issue 11, point 10).</summary>
public sealed class DuplicateIndicatorRuleTests
{
    private static AuditResult Audit(IReadOnlyList<Indicator> indicators)
    {
        var sample = Samples.Load("001");
        var evaluation = new Evaluation
        {
            Department = sample.Department,
            Year = sample.Year,
            SchemeId = sample.SchemeId,
            Figures = sample.Figures,
            Indicators = indicators,
        };
        return Auditor.Run(evaluation, Samples.SchemeOf(evaluation));
    }

    private static Indicator Row(string level2, string name, int line) =>
        new() { Level1 = "产出指标", Level2 = level2, Name = name, Weight = 10m, Target = Target.Parse("≥95%"), Place = $"第 {line} 行" };

    [Fact]
    public void An_indicator_listed_twice_is_an_error_naming_both_rows()
    {
        var result = Audit([Row("质量指标", "公务用车安全行驶率", 12), Row("数量指标", "保障会议次数", 20), Row("质量指标", "公务用车安全行驶率 ", 28)]);

        var finding = result.Findings.Single(f => f.Kind == FindingKinds.DuplicateIndicator);
        finding.Severity.ShouldBe(Severity.Error);
        finding.Message.ShouldBe("绩效指标“公务用车安全行驶率”重复列出 2 次（第 12 行、第 28 行），会被重复计分；请删去重复的一行");
    }

    [Fact]
    public void The_same_name_under_two_second_level_indicators_is_not_a_duplicate()
    {
        var result = Audit([Row("质量指标", "完成率", 12), Row("时效指标", "完成率", 20)]);

        result.Findings.ShouldNotContain(f => f.Kind == FindingKinds.DuplicateIndicator);
    }
}
