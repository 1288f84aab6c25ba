using Jixiao.Core.Evaluations;
using Jixiao.Core.Figures;
using Jixiao.Documents.Report;

namespace Jixiao.Documents.Tests.Report;

public sealed class FundsSentencesTests
{
    [Fact]
    public void Seed_000_figures_read_as_the_report_wrote_them()
    {
        var (evaluation, _) = Samples.Load(Samples.Named("000"));
        var paragraphs = FundsSentences.Write(evaluation);
        paragraphs[0].ShouldBe("2022 年度全年预算数 6,612.3 万元，执行数 6,247.8 万元，完成预算数的 94.5%。其中基本支出 2,265.44 万元，完成预算数的 93.7%，项目支出 3,982.35 万元，完成预算数的 94.9%。");
        paragraphs.ShouldContain("全年预算数中，项目支出预算 4,194.52 万元。");
    }

    [Fact]
    public void Seed_001_states_initial_budget_adjustment_and_both_rates()
    {
        var (evaluation, _) = Samples.Load(Samples.Named("001"));
        var text = string.Join("\n", FundsSentences.Write(evaluation));
        text.ShouldContain("2021 年度年初预算数 6,211.89 万元，预算调整数 327.17 万元，实际支出数 5,840.18 万元，预算完成率 89.31%，预算调整率 5.27%。");
        text.ShouldContain("按资金来源分，一般公共预算支出 5,840.18 万元。");
        text.ShouldNotContain("全年预算数");
    }

    [Fact]
    public void Seed_004_states_funds_received_carryover_and_three_public_funds()
    {
        var (evaluation, _) = Samples.Load(Samples.Named("004"));
        var text = string.Join("\n", FundsSentences.Write(evaluation));
        text.ShouldContain("年初预算数 2,927.88 万元，全年实际到位资金 3,659.9 万元，上年结转结余 176.68 万元，实际支出数 3,836.58 万元");
        text.ShouldContain("“三公”经费支出 224.7 万元，其中因公出国(境)费 0 万元，公务用车购置费 163.84 万元，公务用车运行维护费 60.86 万元，公务接待费 0 万元。");
    }

    [Fact]
    public void Only_stated_figures_are_written()
    {
        var evaluation = new Evaluation
        {
            Department = "某局",
            Year = 2023,
            SchemeId = "national-2020",
            Figures = new Figures { Spent = new Spending { Total = 100m } },
        };
        FundsSentences.Write(evaluation).ShouldBe(["2023 年度实际支出数 100 万元。"]);
    }

    [Fact]
    public void No_figures_say_so()
    {
        var evaluation = new Evaluation { Department = "某局", Year = 2023, SchemeId = "national-2020" };
        FundsSentences.Write(evaluation).ShouldBe(["2023 年度未填报预算数和执行数。"]);
    }
}
