using Jixiao.Core.Audit;
using Jixiao.Core.Evaluations;
using Jixiao.Core.Indicators;

namespace Jixiao.Core.Tests.Audit;

/// <summary>Figures no budget has: negative, beyond 10¹² 万元, or overflowing a rate (issue 11, points 4 and 10).</summary>
public sealed class ImplausibleFigureRuleTests
{
    private static AuditResult Audit(Figures.Figures figures, IReadOnlyList<KeyTask>? tasks = null)
    {
        var sample = Samples.Load("000");
        var evaluation = new Evaluation
        {
            Department = sample.Department,
            Year = sample.Year,
            SchemeId = sample.SchemeId,
            Figures = figures,
            Tasks = tasks ?? sample.Tasks,
            Indicators = sample.Indicators,
            Stated = sample.Stated,
            Narrative = sample.Narrative,
        };
        return Auditor.Run(evaluation, Samples.SchemeOf(evaluation));
    }

    [Fact]
    public void A_negative_budget_is_an_error_finding()
    {
        var result = Audit(new Figures.Figures { Budget = new() { Total = -6612.3m }, Spent = new() { Total = 6247.8m } });

        var finding = result.Findings.Single(f => f.Kind == FindingKinds.ImplausibleFigure && f.Subject == "budget.total");
        finding.Severity.ShouldBe(Severity.Error);
        finding.Message.ShouldContain("全年预算数为负数（-6612.3 万元）");
    }

    [Fact]
    public void A_negative_spending_is_an_error_finding()
    {
        var result = Audit(new Figures.Figures { Budget = new() { Total = 6612.3m }, Spent = new() { Total = -12m } });

        result.Findings.ShouldContain(f => f.Kind == FindingKinds.ImplausibleFigure && f.Subject == "spent.total" && f.Message.Contains("执行数为负数"));
    }

    [Fact]
    public void A_negative_adjustment_is_a_budget_cut_and_no_finding()
    {
        var result = Audit(new Figures.Figures { Budget = new() { Initial = 7000m, Adjustment = -387.7m, Total = 6612.3m }, Spent = new() { Total = 6247.8m } });

        result.Findings.ShouldNotContain(f => f.Kind == FindingKinds.ImplausibleFigure);
    }

    [Fact]
    public void A_negative_task_budget_is_an_error_finding()
    {
        var result = Audit(new Figures.Figures(), [new KeyTask { Name = "机关后勤保障", Budget = -5m, Spent = 3m }]);

        result.Findings.ShouldContain(f => f.Kind == FindingKinds.ImplausibleFigure && f.Subject == "task:机关后勤保障");
    }

    [Fact]
    public void An_amount_above_ten_to_the_twelve_wan_yuan_is_an_error_finding()
    {
        var result = Audit(new Figures.Figures { Budget = new() { Total = 1_000_000_000_001m }, Spent = new() { Total = 6247.8m } });

        result.Findings.ShouldContain(f => f.Kind == FindingKinds.ImplausibleFigure && f.Subject == "budget.total" && f.Message.Contains("上限 10¹² 万元"));
    }

    [Fact]
    public void The_largest_decimal_as_spending_gives_findings_not_an_overflow()
    {
        // 79000000000000000000000000000 (the figure of issue 11): × 100 for the percentage overflows decimal.
        var result = Audit(new Figures.Figures { Budget = new() { Total = 6612.3m }, Spent = new() { Total = 79_000_000_000_000_000_000_000_000_000m } });

        result.Rates.ShouldNotContain(r => r.Rate.Id == "execution");
        result.Findings.ShouldContain(f => f.Kind == FindingKinds.ImplausibleFigure && f.Subject == "spent.total");
        result.Findings.ShouldContain(f => f.Kind == FindingKinds.ImplausibleFigure && f.Subject == "rates.execution" && f.Message.StartsWith("预算执行率无法计算"));
    }

    [Fact]
    public void A_budget_of_ten_to_the_minus_25_gives_a_finding_for_the_rate_not_an_overflow()
    {
        var result = Audit(new Figures.Figures { Budget = new() { Total = 0.0000000000000000000000001m }, Spent = new() { Total = 6247.8m } });

        result.Rates.ShouldNotContain(r => r.Rate.Id == "execution");
        result.Findings.ShouldContain(f => f.Subject == "rates.execution" && f.Severity == Severity.Error);
    }

    [Fact]
    public void Plausible_figures_of_a_seed_raise_no_such_finding()
    {
        var sample = Samples.Load("000");

        Auditor.Run(sample, Samples.SchemeOf(sample)).Findings.ShouldNotContain(f => f.Kind == FindingKinds.ImplausibleFigure);
    }
}
