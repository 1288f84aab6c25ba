using Jixiao.Documents.Import;
using Jixiao.Documents.Import.Extraction;
using Jixiao.Documents.Import.Structure;

namespace Jixiao.Documents.Tests.Import.Extraction;

/// <summary>The sentence recogniser on real sentences of the corpus: each number takes its meaning from the nearest word and the sentence's subject.</summary>
public sealed class SentenceReaderTests
{
    public static TheoryData<string, string, string> Figures => new()
    {
        // seed 000: one sentence, three subjects.
        { "2022 年度全年预算数 6,612.3 万元，执行数 6,247.8 万元，完成预算数的 94.5%。其中基本支出 2,265.44 万元，完成预算数的 93.7%，项目支出 3,982.35 万元，完成预算数的 94.9%。", "budget.total", "6612.3" },
        { "2022 年度全年预算数 6,612.3 万元，执行数 6,247.8 万元，完成预算数的 94.5%。其中基本支出 2,265.44 万元，完成预算数的 93.7%，项目支出 3,982.35 万元，完成预算数的 94.9%。", "spent.total", "6247.8" },
        { "2022 年度全年预算数 6,612.3 万元，执行数 6,247.8 万元，完成预算数的 94.5%。其中基本支出 2,265.44 万元，完成预算数的 93.7%，项目支出 3,982.35 万元，完成预算数的 94.9%。", "rates.execution", "94.5" },
        { "2022 年度全年预算数 6,612.3 万元，执行数 6,247.8 万元，完成预算数的 94.5%。其中基本支出 2,265.44 万元，完成预算数的 93.7%，项目支出 3,982.35 万元，完成预算数的 94.9%。", "rates.basicExecution", "93.7" },
        { "2022 年度全年预算数 6,612.3 万元，执行数 6,247.8 万元，完成预算数的 94.5%。其中基本支出 2,265.44 万元，完成预算数的 93.7%，项目支出 3,982.35 万元，完成预算数的 94.9%。", "spent.project", "3982.35" },
        { "2022 年度全年预算数 6,612.3 万元，执行数 6,247.8 万元，完成预算数的 94.5%。其中基本支出 2,265.44 万元，完成预算数的 93.7%，项目支出 3,982.35 万元，完成预算数的 94.9%。", "rates.projectExecution", "94.9" },
        // seed 000: a subject stays for the whole sentence.
        { "2022年度本部门项目支出全年预算数为4,194.52万元，支出决算数为3,982.35万元，全年执行率94.9%。", "budget.project", "4194.52" },
        { "2022年度本部门项目支出全年预算数为4,194.52万元，支出决算数为3,982.35万元，全年执行率94.9%。", "spent.project", "3982.35" },
        { "2022年度本部门项目支出全年预算数为4,194.52万元，支出决算数为3,982.35万元，全年执行率94.9%。", "rates.projectExecution", "94.9" },
        // seed 004: 预算批复, 到位, 上年结余, 本年结余.
        { "2021年预算批复2927.88万元,全年实际到位指标3659.9万元,上年结余176.68万元;实际支出3836.58万元,其中基本支出779.53万元,项目支出3057.05万元,本年结余0万元。", "budget.initial", "2927.88" },
        { "2021年预算批复2927.88万元,全年实际到位指标3659.9万元,上年结余176.68万元;实际支出3836.58万元,其中基本支出779.53万元,项目支出3057.05万元,本年结余0万元。", "fundsReceived", "3659.9" },
        { "2021年预算批复2927.88万元,全年实际到位指标3659.9万元,上年结余176.68万元;实际支出3836.58万元,其中基本支出779.53万元,项目支出3057.05万元,本年结余0万元。", "carryoverFromLastYear", "176.68" },
        { "2021年预算批复2927.88万元,全年实际到位指标3659.9万元,上年结余176.68万元;实际支出3836.58万元,其中基本支出779.53万元,项目支出3057.05万元,本年结余0万元。", "spent.total", "3836.58" },
        { "2021年预算批复2927.88万元,全年实际到位指标3659.9万元,上年结余176.68万元;实际支出3836.58万元,其中基本支出779.53万元,项目支出3057.05万元,本年结余0万元。", "yearEndBalance", "0" },
        // seed 004: “三公” parts.
        { "“三公”经费支出情况: 2021年“三公”经费支出数为224.7万元,其中因公出国(境)费0万元,公务用车购置费163.84万元,公务用车运行维护费60.86万元,公务接待费0万元。", "threePublic.spent", "224.7" },
        { "“三公”经费支出情况: 2021年“三公”经费支出数为224.7万元,其中因公出国(境)费0万元,公务用车购置费163.84万元,公务用车运行维护费60.86万元,公务接待费0万元。", "threePublic.vehiclePurchase", "163.84" },
        { "“三公”经费支出情况: 2021年“三公”经费支出数为224.7万元,其中因公出国(境)费0万元,公务用车购置费163.84万元,公务用车运行维护费60.86万元,公务接待费0万元。", "threePublic.vehicleOperation", "60.86" },
        // d04: full-width digits, 年中追加.
        { "２０１９年年初预算批复１８６４．２０万元，年中追加预算２１５．６３万元，全年预算数２０７９．８３万元；", "budget.initial", "1864.20" },
        { "２０１９年年初预算批复１８６４．２０万元，年中追加预算２１５．６３万元，全年预算数２０７９．８３万元；", "budget.adjustment", "215.63" },
        { "“三公”经费情况：２０１９年“三公”经费预算２８．５０万元，实际支出２１．３６万元，“三公”经费控制率７４．９５％，较预算有所节约。", "threePublic.budget", "28.50" },
        { "“三公”经费情况：２０１９年“三公”经费预算２８．５０万元，实际支出２１．３６万元，“三公”经费控制率７４．９５％，较预算有所节约。", "threePublic.spent", "21.36" },
        { "“三公”经费情况：２０１９年“三公”经费预算２８．５０万元，实际支出２１．３６万元，“三公”经费控制率７４．９５％，较预算有所节约。", "rates.threePublicControl", "74.95" },
        { "年末核定编制９６名，在职在编人员９１名，在职人员控制率９４．７９％。", "staff.quota", "96" },
        { "年末核定编制９６名，在职在编人员９１名，在职人员控制率９４．７９％。", "staff.withinQuota", "91" },
        // d03: amounts in 元 become 万元, every decimal kept.
        { "2022 年度年初预算数 35,218,400.00 元，年中追加 3,208,300.00 元，全年预算数 38,426,700.00 元，执行数 37,052,300.00 元，完成预算数的 96.42%。", "budget.initial", "3521.84" },
        { "2022 年度年初预算数 35,218,400.00 元，年中追加 3,208,300.00 元，全年预算数 38,426,700.00 元，执行数 37,052,300.00 元，完成预算数的 96.42%。", "budget.adjustment", "320.83" },
        { "2022 年度年初预算数 35,218,400.00 元，年中追加 3,208,300.00 元，全年预算数 38,426,700.00 元，执行数 37,052,300.00 元，完成预算数的 96.42%。", "spent.total", "3705.23" },
        // d08: 追加预算 after a reason; 比预算 in a “三公” sentence; 部门支出 as the department's spending.
        { "2025年年初预算1,780.00万元，年中因新馆库房智能化改造追加预算147.35万元，全年预算数1,927.35万元，预算调整率8.28%。", "budget.adjustment", "147.35" },
        { "2025年年初预算1,780.00万元，年中因新馆库房智能化改造追加预算147.35万元，全年预算数1,927.35万元，预算调整率8.28%。", "rates.adjustment", "8.28" },
        { "“三公”经费支出5.12万元，比预算6.50万元节约1.38万元。", "threePublic.budget", "6.50" },
        { "全年部门支出1,864.29万元，各项资金均按批复用途使用，未发现违规支出。", "spent.total", "1864.29" },
        // d02: figures inside a 评分依据 cell.
        { "“三公”经费预算18.60万元，实际支出15.27万元，控制率82.10%，≤100%得满分", "rates.threePublicControl", "82.10" },
        { "结转结余48.44万元，结转结余率3.14%，≤5%得满分", "yearEndBalance", "48.44" },
        { "结转结余48.44万元，结转结余率3.14%，≤5%得满分", "rates.carryover", "3.14" },
        // seed 003: by source.
        { "按资金来源分，一般公共预算财政拨款支出 5394.61 万元，政府性基金预算财政拨款支出 990.38 万元，国有资本经营预算财政拨款支出 0 万元，其他资金支出 0 万元。", "spentBySource.generalPublic", "5394.61" },
        { "按资金来源分，一般公共预算财政拨款支出 5394.61 万元，政府性基金预算财政拨款支出 990.38 万元，国有资本经营预算财政拨款支出 0 万元，其他资金支出 0 万元。", "spentBySource.governmentFund", "990.38" },
        { "按资金来源分，一般公共预算财政拨款支出 5394.61 万元，政府性基金预算财政拨款支出 990.38 万元，国有资本经营预算财政拨款支出 0 万元，其他资金支出 0 万元。", "spentBySource.other", "0" },
        // Scores.
        { "区机关事务管理局 2022 年度部门整体支出绩效自评得分 91.5 分，评级为“优”。", "selfScore", "91.5" },
        { "我局２０１９年度部门整体支出绩效自评得分９１分，评价等级为“优”。", "selfScore", "91" },
        // 分别: the numbers pair with the words listed before it.
        { "基本支出和项目支出分别为 21,450,800.00 元、32,561,500.00 元。", "spent.basic", "2145.08" },
        { "基本支出和项目支出分别为 21,450,800.00 元、32,561,500.00 元。", "spent.project", "3256.15" },
    };

    [Theory]
    [MemberData(nameof(Figures))]
    public void Sentence_states_the_figure(string sentence, string path, string value)
    {
        var facts = Read(sentence);

        facts.Mentions.Where(m => m.Path == path).Select(m => m.Value).ShouldContain(decimal.Parse(value, System.Globalization.CultureInfo.InvariantCulture));
    }

    public static TheoryData<string, string> NotFigures => new()
    {
        // A named project's budget is the project's, not the department's (seed 003).
        { "年度物业管理费项目支出预算数 950 万元，预算完成数 950 万元，执行率 100%；", "budget.total" },
        { "年度物业管理费项目支出预算数 950 万元，预算完成数 950 万元，执行率 100%；", "rates.execution" },
        { "年度物业管理费项目支出预算数 950 万元，预算完成数 950 万元，执行率 100%；", "budget.project" },
        // The “三公” spending is not the department's (d03).
        { "全年“三公”经费预算 186,000.00 元，实际支出 142,300.00 元，“三公”经费控制率 76.51%。", "spent.total" },
        // The points of 预算执行率 and of the indicators are not the self score (d06).
        { "其中预算执行率得分 9.91 分，18 项绩效指标得分 90 分。", "selfScore" },
        // Last year's figures, income and other kinds of spending are not this year's department figures.
        { "较上年“三公”经费支出３１．２０万元减少２．７４万元。", "threePublic.spent" },
        { "本年收入合计5,000.00万元，其中财政拨款收入4,800.00万元，一般公共预算财政拨款4,800.00万元。", "spentBySource.generalPublic" },
        { "公用经费预算80.00万元，实际支出72.00万元。", "spent.total" },
        // Approximate amounts are not figures (d06).
        { "为受援人挽回经济损失 1,460 余万元。", "spent.total" },
        // A generic 执行率 without a subject says nothing about the department (d02 评分依据).
        { "执行率96.86%，得分=5×96.86%", "rates.execution" },
    };

    [Theory]
    [MemberData(nameof(NotFigures))]
    public void Sentence_does_not_state_the_figure(string sentence, string path)
    {
        var facts = Read(sentence);

        facts.Mentions.ShouldNotContain(m => m.Path == path);
    }

    [Fact]
    public void Rates_keep_their_written_precision()
    {
        var facts = Read("全年预算数 6,612.3 万元，执行数 6,247.8 万元，完成预算数的 94.5%。全年执行率 100.00%，预算执行率 100.00%。");

        facts.Mentions.First(m => m.Path == "rates.execution").Value.Scale.ShouldBe((byte)1);
        facts.Mentions.Last(m => m.Path == "rates.execution").Value.Scale.ShouldBe((byte)2);
    }

    [Fact]
    public void Named_projects_become_tasks_with_budget_spending_and_rate()
    {
        var facts = Read("其中：优抚对象抚恤和生活补助项目预算 15,862,300.00 元，支出 15,862,300.00 元，执行率 100.00%；退役军人服务站提质建设项目预算 2,456,000.00 元，支出 2,187,400.00 元，执行率 89.06%。");

        facts.Tasks.Select(t => (t.Name, t.Budget, t.Spent, t.Rate)).ShouldBe(
        [
            ("优抚对象抚恤和生活补助", 1586.23m, 1586.23m, 100.00m),
            ("退役军人服务站提质建设", 245.60m, 218.74m, 89.06m),
        ]);
    }

    [Fact]
    public void A_budget_with_its_spending_and_rate_but_no_subject_is_a_project()
    {
        var facts = Read("按时、按质、按量完成芳村大道西 341 号办公场地整修工程，符合工程竣工验收要求，年度支出预算数 483.12 万元，预算完成数 477.99 万元，执行率 98.94%。");

        var task = facts.Tasks.ShouldHaveSingleItem();
        (task.Budget, task.Spent, task.Rate).ShouldBe((483.12m, 477.99m, 98.94m));
        facts.Mentions.ShouldBeEmpty();
    }

    [Fact]
    public void Narrative_scores_of_the_execution_rate_and_the_indicators_are_kept_apart()
    {
        var facts = Read("其中预算执行率得分 9.91 分，18 项绩效指标得分 90 分。");

        facts.ExecutionScore!.Value.ShouldBe(9.91m);
        facts.IndicatorsScore!.Value.ShouldBe(90m);
    }

    [Theory]
    [InlineData("区机关事务管理局 2022 年度部门整体支出绩效自评得分 91.5 分，评级为“优”。", "优")]
    [InlineData("我馆2025年度部门整体支出绩效自评得分94.2分，等级为“优”。", "优")]
    [InlineData("评价等级：良", "良")]
    [InlineData("该路段安全风险等级为中，需加强巡查。", null)]
    public void Grade_is_read_only_where_it_grades_the_evaluation(string sentence, string? grade)
    {
        var facts = Read(sentence);

        facts.Grades.Select(g => Core.Scoring.GradeNames.ToChinese(g.Grade)).FirstOrDefault().ShouldBe(grade);
    }

    [Theory]
    [InlineData("围绕总体绩效目标及重点工作任务，设立了 20 项细化指标，均已完成，指标完成率为 100%。", 20, 20)]
    [InlineData("年初设定 12 项绩效指标，完成 10 项。", 12, 10)]
    public void Stated_indicator_count_and_completion(string sentence, int count, int met)
    {
        var stated = Read(sentence).StatedIndicators!.Value;

        (stated.Count, stated.Met).ShouldBe((count, (int?)met));
    }

    [Fact]
    public void Another_years_figures_are_not_this_years()
    {
        var facts = Read("2021年全年预算数5,000.00万元；2022年全年预算数5,600.00万元。", year: 2022);

        facts.Mentions.Where(m => m.Path == "budget.total").Select(m => m.Value).ShouldBe([5600.00m]);
    }

    internal static DocumentFacts Read(string sentence, int? year = null)
    {
        var facts = new DocumentFacts { Year = year };
        SentenceReader.Read(new Passage(new SourceLine(1, sentence), TextNormalizer.Normalize(sentence)), facts);
        return facts;
    }
}
