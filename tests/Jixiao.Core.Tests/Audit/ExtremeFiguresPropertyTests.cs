using FsCheck;
using FsCheck.Fluent;
using Jixiao.Core.Audit;
using Jixiao.Core.Evaluations;
using Jixiao.Core.Indicators;

namespace Jixiao.Core.Tests.Audit;

/// <summary>
/// Whatever numbers an evaluation holds — decimal's extremes, tiny fractions, negatives — rating, scoring and
/// auditing never throw (issue 11, point 4): an overflow is a finding, not an exception.
/// </summary>
public sealed class ExtremeFiguresPropertyTests
{
    private static readonly Gen<decimal?> Extreme = Gen.Elements<decimal?>(
        null, 0m, 1m, -1m, 6612.3m, -6612.3m, 0.0000000000000000000000001m, -0.0000000000000000000000001m,
        1_000_000_000_001m, 79_000_000_000_000_000_000_000_000_000m, decimal.MaxValue, decimal.MinValue, 7.9e27m);

    private static readonly Gen<Evaluation> Evaluations =
        from budget in Gen.ArrayOf(Extreme, 5)
        from spent in Gen.ArrayOf(Extreme, 3)
        from other in Gen.ArrayOf(Extreme, 12)
        from weights in Gen.ArrayOf(Extreme, 4)
        from scores in Gen.ArrayOf(Extreme, 4)
        from stated in Extreme
        select new Evaluation
        {
            Department = "生成部门",
            Year = 2024,
            SchemeId = "national-2020",
            Figures = new Figures.Figures
            {
                Budget = new() { Initial = budget[0], Adjustment = budget[1], Total = budget[2], Basic = budget[3], Project = budget[4] },
                Spent = new() { Total = spent[0], Basic = spent[1], Project = spent[2] },
                FundsReceived = other[0],
                CarryoverFromLastYear = other[1],
                YearEndBalance = other[2],
                ThreePublic = new() { Budget = other[3], Spent = other[4], PriorYearSpent = other[5], Abroad = other[6] },
                PublicFunds = new() { Planned = other[7], Actual = other[8] },
                Staff = new() { WithinQuota = other[9], Quota = other[10], Total = other[11] },
            },
            Tasks = [new KeyTask { Name = "任务", Budget = other[3], Spent = other[0], StatedRate = stated }],
            Indicators = Enumerable.Range(0, 4).Select(i => new Indicator
            {
                Level1 = "产出指标",
                Name = $"指标{i}",
                Weight = weights[i],
                StatedScore = scores[i],
                Target = Target.Parse($"≥{weights[i]}%"),
                Actual = Target.Parse($"{scores[i]}%"),
            }).ToList(),
            Stated = new Stated { Score = stated, Rates = stated is { } s ? new Dictionary<string, decimal> { ["execution"] = s } : new Dictionary<string, decimal>() },
        };

    [Fact]
    public void Auditing_any_figures_under_any_scheme_never_throws()
    {
        Prop.ForAll(Evaluations.ToArbitrary(), evaluation =>
        {
            foreach (var scheme in Samples.Schemes.All)
                Auditor.Run(evaluation, scheme);
            return true;
        }).Check(Config.QuickThrowOnFailure.WithMaxTest(300));
    }
}
