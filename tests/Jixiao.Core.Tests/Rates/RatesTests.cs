using Jixiao.Core.Rates;

namespace Jixiao.Core.Tests.Rates;

/// <summary>Each rate on the seeds' own figures; the expected values are the ones the documents print.</summary>
public sealed class RatesTests
{
    [Theory]
    [InlineData("000", "execution", 1, 94.5)]        // 6247.8 / 6612.3 = 94.49% → "完成预算数的 94.5%"
    [InlineData("000", "basicExecution", 1, 93.7)]   // 2265.44 / (6612.3 − 4194.52) → 93.7%
    [InlineData("000", "projectExecution", 1, 94.9)] // 3982.35 / 4194.52 → 94.9%
    [InlineData("001", "completion", 2, 89.31)]      // 5840.18 / (6211.89 + 327.17) → 89.31%
    [InlineData("001", "adjustment", 2, 5.27)]       // 327.17 / 6211.89 → 5.27%
    [InlineData("002", "execution", 1, 99.8)]        // 3151.09 / 3156.9
    [InlineData("003", "execution", 2, 99.92)]       // 6385.04 / 6390.11
    public void Rate_matches_the_seed(string seed, string rateId, int places, double expected)
    {
        var evaluation = Samples.Load(seed);
        var rate = Core.Rates.Rates.Find(rateId)!;

        var value = rate.Compute(evaluation);

        value.ShouldNotBeNull();
        value.Value.Rounded(places).ShouldBe((decimal)expected);
    }

    [Fact]
    public void Task_rate_matches_seed_003()
    {
        // "预算数 483.12 万元，预算完成数 477.99 万元，执行率 98.94%"
        var task = Samples.Load("003").Tasks.Single(t => t.Budget == 483.12m);

        task.ExecutionRate!.Value.Rounded(2).ShouldBe(98.94m);
    }

    [Fact]
    public void Staff_control_counts_only_staff_within_quota()
    {
        // Seed 004: 在职 20 = 编制 17 + 雇员 1 + 公益 2; the rate is 17 / 17, not 20 / 17.
        var value = Core.Rates.Rates.StaffControl.Compute(Samples.Load("004"));

        value!.Value.Rounded(2).ShouldBe(100m);
    }

    [Fact]
    public void Missing_figure_gives_no_rate()
    {
        // Seed 004 states no 全年预算数, so there is no 预算执行率 to compute.
        Core.Rates.Rates.Execution.Compute(Samples.Load("004")).ShouldBeNull();
    }

    [Fact]
    public void Rounding_is_half_up()
    {
        new RateValue(1m, 8m).Rounded(1).ShouldBe(12.5m);   // 12.5 exactly
        new RateValue(1m, 16m).Rounded(2).ShouldBe(6.25m);
        new RateValue(1m, 16m).Rounded(1).ShouldBe(6.3m);   // 6.25 → 6.3, not banker's 6.2
    }

    [Fact]
    public void Every_rate_has_a_unique_id_and_a_chinese_name()
    {
        Core.Rates.Rates.All.Select(r => r.Id).ShouldBeUnique();
        Core.Rates.Rates.All.ShouldAllBe(r => r.ChineseName.Length > 0 && r.Formula.Contains('/'));
    }
}
