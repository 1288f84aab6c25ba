using Jixiao.Core.Scoring;

namespace Jixiao.Core.Tests.Scoring;

public sealed class ScoringEngineTests
{
    [Fact]
    public void Seed_002_scores_99_98_under_the_national_default()
    {
        // 90 (20 indicators, all met) + 10 × 99.8% = 99.98, exactly the stated score.
        var card = ScoringEngine.Score(Samples.Load("002"), Samples.Scheme("national-2020"));

        card.Total.ShouldBe(99.98m);
        card.Grade.ShouldBe(Grade.Excellent);
        card.Items.Single(i => i.Id == "execution").Score.ShouldBe(9.98m);
    }

    [Fact]
    public void Seed_002_is_not_given_invented_indicators()
    {
        var evaluation = Samples.Load("002");

        evaluation.Indicators.ShouldBeEmpty();
        evaluation.IndicatorSummary.ShouldBe(new Core.Indicators.IndicatorSummary(20, 20));
    }

    [Fact]
    public void Seed_000_keeps_its_stated_score_and_is_marked_not_recomputable()
    {
        var evaluation = Samples.Load("000");

        var card = ScoringEngine.Score(evaluation, Samples.SchemeOf(evaluation));

        card.IsEvaluable.ShouldBeFalse();
        card.Total.ShouldBeNull();
        card.Grade.ShouldBeNull();
        card.Missing.ShouldNotBeEmpty();
        card.StatedScore.ShouldBe(91.5m);
        card.StatedGrade.ShouldBe(Grade.Excellent);
    }

    [Theory]
    [InlineData(90, Grade.Excellent)]
    [InlineData(89.99, Grade.Good)]
    [InlineData(80, Grade.Good)]
    [InlineData(79.99, Grade.Fair)]
    [InlineData(60, Grade.Fair)]
    [InlineData(59.99, Grade.Poor)]
    public void Grade_boundaries_follow_the_bands(double score, Grade expected)
    {
        foreach (var scheme in Samples.Schemes.All)
            scheme.GradeFor((decimal)score).ShouldBe(expected, scheme.Id);
    }

    [Fact]
    public void Execution_below_80_caps_the_total_at_89()
    {
        // 100 indicators met but only 75% spent: 90 + 7.5 = 97.5, capped at 89 under Guangzhou 2022.
        var evaluation = Samples.Load("002");
        var low = new Core.Evaluations.Evaluation
        {
            Department = evaluation.Department,
            Year = evaluation.Year,
            SchemeId = "guangzhou-2022",
            Figures = new Core.Figures.Figures { Budget = new() { Total = 1000m }, Spent = new() { Total = 750m } },
            IndicatorSummary = new(10, 10),
        };

        var card = ScoringEngine.Score(low, Samples.Scheme("guangzhou-2022"));

        card.Total.ShouldBe(89m);
        card.Grade.ShouldBe(Grade.Good);
        card.CapApplied.ShouldNotBeNull();
        card.NextGrade!.Blocker.ShouldNotBeNull();
    }

    [Fact]
    public void Next_grade_advice_names_the_items_with_headroom()
    {
        // 80% spent under the national scheme with all indicators met: 90 + 8 = 98 → already 优, no advice.
        // With 3 of 10 unweighted indicators missed (0 points): 90 × 7/10 + 10 = 73 → 中, 7 short of 良.
        var evaluation = new Core.Evaluations.Evaluation
        {
            Department = "测试部门",
            Year = 2024,
            SchemeId = "national-2020",
            Figures = new Core.Figures.Figures { Budget = new() { Total = 100m }, Spent = new() { Total = 100m } },
            Indicators = Enumerable.Range(1, 10).Select(i => new Core.Indicators.Indicator
            {
                Level1 = "产出指标",
                Name = $"指标{i}",
                Target = Core.Indicators.Target.Parse("≥10个"),
                Actual = Core.Indicators.Target.Parse(i <= 7 ? "10个" : "0个"),
            }).ToList(),
        };

        var card = ScoringEngine.Score(evaluation, Samples.Scheme("national-2020"));

        card.Total.ShouldBe(73m);
        card.Grade.ShouldBe(Grade.Fair);
        card.NextGrade!.Target.ShouldBe(Grade.Good);
        card.NextGrade.PointsNeeded.ShouldBe(7m);
        card.NextGrade.Levers.Sum(l => l.Headroom).ShouldBeGreaterThanOrEqualTo(7m);
        card.NextGrade.Levers.ShouldAllBe(l => l.Name.StartsWith("指标"));
    }

    [Fact]
    public void Every_score_carries_its_provenance()
    {
        var card = ScoringEngine.Score(Samples.Load("002"), Samples.Scheme("national-2020"));

        var execution = card.Items.Single(i => i.Id == "execution");
        execution.Provenance.Rule.ShouldBe("execution-rate");
        execution.Provenance.PointsLost.ShouldBe(0.02m);
        execution.Provenance.Describe().ShouldContain("99.82%");
    }
}
