using FsCheck;
using FsCheck.Fluent;
using Jixiao.Core.Evaluations;
using Jixiao.Core.Indicators;
using Jixiao.Core.Scoring;

namespace Jixiao.Core.Tests.Scoring;

/// <summary>Properties of the engine over generated evaluations, under every scheme in schemes/.</summary>
public sealed class ScoringPropertyTests
{
    private static readonly Gen<decimal> Amount = Gen.Choose(0, 10_000_000).Select(i => i / 100m);

    private static readonly Gen<Evaluation> Evaluations =
        from budget in Amount
        from spent in Amount
        from initial in Amount
        from count in Gen.Choose(1, 30)
        from targets in Gen.ArrayOf(Gen.Choose(0, 500), count)
        from actuals in Gen.ArrayOf(Gen.Choose(0, 800), count)
        from directions in Gen.ArrayOf(Gen.Elements("≥", "≤", "=", ""), count)
        select new Evaluation
        {
            Department = "生成部门",
            Year = 2024,
            SchemeId = "national-2020",
            Figures = new Core.Figures.Figures
            {
                Budget = new() { Total = budget, Initial = initial, Adjustment = budget - initial },
                Spent = new() { Total = spent },
                Staff = new() { WithinQuota = count, Quota = 20 },
                YearEndBalance = budget - spent,
            },
            Indicators = Enumerable.Range(0, count).Select(i => new Indicator
            {
                Level1 = i % 3 == 0 ? "产出指标" : i % 3 == 1 ? "效益指标" : "满意度指标",
                Name = $"指标{i}",
                Target = Target.Parse($"{directions[i]}{targets[i]}个"),
                Actual = Target.Parse($"{actuals[i]}个"),
            }).ToList(),
        };

    [Fact]
    public void A_score_stays_within_zero_and_its_weight()
    {
        Prop.ForAll(Evaluations.ToArbitrary(), evaluation =>
        {
            foreach (var scheme in Samples.Schemes.All)
            {
                var card = ScoringEngine.Score(evaluation, scheme);
                foreach (var item in card.Items)
                {
                    if (item.Score is { } s && (s < 0m || s > item.Weight))
                        return false;
                }
                if (card.Total is { } t && (t < 0m || t > scheme.TotalWeight))
                    return false;
            }
            return true;
        }).QuickCheckThrowOnFailure();
    }

    [Fact]
    public void A_grade_always_matches_its_score()
    {
        Prop.ForAll(Evaluations.ToArbitrary(), evaluation =>
        {
            foreach (var scheme in Samples.Schemes.All)
            {
                var card = ScoringEngine.Score(evaluation, scheme);
                if (card.Total is { } t && card.Grade != scheme.GradeFor(t))
                    return false;
                if (card.Total is null && card.Grade is not null)
                    return false;
            }
            return true;
        }).QuickCheckThrowOnFailure();
    }

    [Fact]
    public void Grade_bands_are_monotone()
    {
        Prop.ForAll(Gen.Choose(0, 10_000).ToArbitrary(), Gen.Choose(0, 10_000).ToArbitrary(), (a, b) =>
        {
            var scheme = Samples.Scheme("national-2020");
            var (low, high) = a <= b ? (a / 100m, b / 100m) : (b / 100m, a / 100m);
            return scheme.GradeFor(low) >= scheme.GradeFor(high); // Excellent = 0 is the best
        }).QuickCheckThrowOnFailure();
    }
}
