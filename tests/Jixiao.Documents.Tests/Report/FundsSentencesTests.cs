using Jixiao.Core.Evaluations;
using Jixiao.Core.Figures;
using Jixiao.Core.Schemes;
using Jixiao.Documents.Report;

namespace Jixiao.Documents.Tests.Report;

public sealed class FundsSentencesTests
{
    private static readonly DocumentNumbers Numbers = new(NumberPrecision.Default);

    [Fact]
    public void Seed_000_figures_read_in_the_one_number_format()
    {
        var (evaluation, _) = Samples.Load(Samples.Named("000"));
        var paragraphs = FundsSentences.Write(evaluation, Numbers);
        // 6247.8 / 6612.3 = 94.49%; 2265.44 / (6612.3 − 4194.52) = 93.70%; 3982.35 / 4194.52 = 94.94%.
        paragraphs[0].ShouldBe("2022年度全年预算数6,612.30万元，执行数6,247.80万元，预算执行率94.49%。其中基本支出2,265.44万元，执行率93.70%，项目支出3,982.35万元，执行率94.94%。");
        paragraphs.ShouldContain("全年预算数中，项目支出预算4,194.52万元。");
    }

    [Fact]
    public void Seed_001_states_initial_budget_adjustment_and_both_rates()
    {
        var (evaluation, _) = Samples.Load(Samples.Named("001"));
        var text = string.Join("\n", FundsSentences.Write(evaluation, Numbers));
        // 5840.18 / (6211.89 + 327.17) = 89.31%; 327.17 / 6211.89 = 5.27%.
        text.ShouldContain("2021年度年初预算数6,211.89万元，预算调整数327.17万元，实际支出数5,840.18万元，预算完成率89.31%，预算调整率5.27%。");
        text.ShouldContain("按资金来源分，一般公共预算支出5,840.18万元。");
        text.ShouldNotContain("全年预算数");
    }

    [Fact]
    public void Seed_004_states_funds_received_carryover_and_three_public_funds()
    {
        var (evaluation, _) = Samples.Load(Samples.Named("004"));
        var text = string.Join("\n", FundsSentences.Write(evaluation, Numbers));
        text.ShouldContain("年初预算数2,927.88万元，全年实际到位资金3,659.90万元，上年结转结余176.68万元，实际支出数3,836.58万元");
        text.ShouldContain("“三公”经费支出224.70万元，其中因公出国（境）费0.00万元，公务用车购置费163.84万元，公务用车运行维护费60.86万元，公务接待费0.00万元。");
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
        FundsSentences.Write(evaluation, Numbers).ShouldBe(["2023年度实际支出数100.00万元。"]);
    }

    [Fact]
    public void Without_figures_there_is_no_paragraph_rather_than_a_placeholder()
    {
        var evaluation = new Evaluation { Department = "某局", Year = 2023, SchemeId = "national-2020" };
        FundsSentences.Write(evaluation, Numbers).ShouldBeEmpty();
    }
}
