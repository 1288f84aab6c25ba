using Jixiao.Core.Audit;

namespace Jixiao.Core.Tests.Audit;

public sealed class AuditorTests
{
    private static AuditResult Audit(string seed)
    {
        var evaluation = Samples.Load(seed);
        return Auditor.Run(evaluation, Samples.SchemeOf(evaluation));
    }

    [Fact]
    public void Finds_the_sum_mismatch_of_seed_003()
    {
        // 按资金来源分 5394.61 + 990.38 + 0 + 0 = 6384.99, but 执行数 is 6385.04.
        var finding = Audit("003").Findings.Single(f => f.Kind == FindingKinds.SumMismatch);

        finding.Severity.ShouldBe(Severity.Error);
        finding.Stated.ShouldBe(6385.04m);
        finding.Computed.ShouldBe(6384.99m);
        finding.Message.ShouldContain("6384.99");
    }

    [Fact]
    public void Finds_that_seed_003_states_no_score_or_grade()
    {
        Audit("003").Findings.ShouldContain(f => f.Kind == FindingKinds.MissingRequired && f.Subject == "selfScore");
    }

    [Fact]
    public void Finds_the_inverted_formula_of_seed_001()
    {
        // 花市档位出租率=(档位总数/档位实际租出数量)*100%
        var finding = Audit("001").Findings.Single(f => f.Kind == FindingKinds.InvertedFormula);

        finding.Severity.ShouldBe(Severity.Error);
        finding.Message.ShouldContain("花市档位出租率");
    }

    [Fact]
    public void Finds_the_unmeasurable_target_of_seed_001()
    {
        // 对荔湾文化的宣传力度: target "提升" with no baseline.
        Audit("001").Findings.ShouldContain(f => f.Kind == FindingKinds.TargetUnmeasurable && f.Message.Contains("宣传力度"));
    }

    [Theory]
    [InlineData("000")]
    [InlineData("002")]
    [InlineData("004")]
    public void Raises_no_error_on_consistent_seeds(string seed)
    {
        Audit(seed).Findings.Where(f => f.Severity == Severity.Error).ShouldBeEmpty();
    }

    [Theory]
    [InlineData(94.5, 6247.8, 6612.3, true)]    // 94.49 → 94.5 at one decimal: no false alarm
    [InlineData(94.49, 6247.8, 6612.3, true)]
    [InlineData(94.4, 6247.8, 6612.3, false)]
    [InlineData(98.76, 2012.46, 2079.83, false)] // d04: 96.76% written as 98.76%
    public void Rate_tolerance_follows_the_stated_precision(double stated, double spent, double budget, bool agrees)
    {
        var percent = (decimal)spent * 100m / (decimal)budget;

        Tolerance.RateAgrees((decimal)stated, percent).ShouldBe(agrees);
    }

    [Fact]
    public void Sum_tolerance_is_half_a_unit_of_the_least_precise_term()
    {
        // Seed 000: 2265.44 + 3982.35 = 6247.79 against "6,247.8": agrees at one decimal.
        Tolerance.SumAgrees(6247.8m, [2265.44m, 3982.35m]).ShouldBeTrue();
        // Zero terms are exact: seed 003's 0.05 gap is still a mismatch.
        Tolerance.SumAgrees(6385.04m, [5394.61m, 990.38m, 0m, 0m]).ShouldBeFalse();
    }

    [Fact]
    public void Grade_that_does_not_match_the_score_is_an_error()
    {
        // d05: 88.76 written as 优; the band says 良.
        var evaluation = new Core.Evaluations.Evaluation
        {
            Department = "宜昌市体育局",
            Year = 2024,
            SchemeId = "national-2020",
            Stated = new Core.Evaluations.Stated { Score = 88.76m, Grade = Core.Scoring.Grade.Excellent },
        };

        var findings = Auditor.Run(evaluation, Samples.Scheme("national-2020")).Findings;

        findings.ShouldContain(f => f.Kind == FindingKinds.GradeMismatch && f.Severity == Severity.Error);
    }

    [Fact]
    public void Every_rule_has_a_unique_stable_id_and_a_description()
    {
        Auditor.Rules.Select(r => r.Id).ShouldBeUnique();
        Auditor.Rules.ShouldAllBe(r => r.Id.StartsWith("JX-R") && r.Description.Length > 5);
    }
}
