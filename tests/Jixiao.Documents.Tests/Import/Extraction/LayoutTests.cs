using Jixiao.Documents.Import;
using Jixiao.Documents.Import.Extraction;
using Jixiao.Documents.Import.Readers;
using Jixiao.Documents.Import.Structure;

namespace Jixiao.Documents.Tests.Import.Extraction;

/// <summary>How lines become paragraphs, table rows and headings, and how the tables are read, on excerpts of the corpus.</summary>
public sealed class LayoutTests
{
    [Fact]
    public void Lines_cut_inside_a_sentence_are_joined_and_located()
    {
        // seed 003: the sentence runs over two lines with a blank line between.
        var layout = Layout("（二）部门整体收支情况\n\n部门整体支出绩效自评情况：全年预算数 6390.11 万元，执\n\n行数 6385.04 万元，完成预算的 99.92%。\n");

        var passage = layout.Passages.Single(p => p.Text.Contains("执行数", StringComparison.Ordinal));
        passage.Line.Number.ShouldBe(3);
        passage.LineAt(passage.Text.IndexOf("6385.04", StringComparison.Ordinal)).Number.ShouldBe(5);
    }

    [Fact]
    public void A_number_cut_by_a_line_break_is_read_whole()
    {
        // A PDF of hunan-fullwidth: "１，４０２．" ends one line, "６６万元" starts the next.
        var layout = Layout("全年实际支出３，５８１．２２万元，其中基本支出和项目支出分别为１，４０２．\n６６万元、２，１７８．５６万元。\n");
        var facts = new DocumentFacts();

        SentenceReader.Read(layout.Passages.Single(), facts);

        facts.Mentions.Select(m => (m.Path, m.Value)).ShouldBe([("spent.total", 3581.22m), ("spent.basic", 1402.66m), ("spent.project", 2178.56m)]);
    }

    [Fact]
    public void A_row_continued_on_the_next_line_of_a_PDF_is_merged_but_a_real_next_row_is_not()
    {
        // d01 as printed: the remark of 审计查出问题整改完成率 wraps; the reader starts a new table with its tail.
        string[] header = ["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分", "偏差原因分析及改进措施"];
        string[] row = ["", "", "审计查出问题整改完成率", "≥90%", "87.4%", "7", "6.80", "部分问题涉及历史遗留资产确权，需自然资源、住建等部门协"];
        string[] tail = ["", "", "", "", "", "", "", "同处理，年内未能全部销号。"];
        string[] next = ["", "", "违纪违法问题线索移送及时率", "=100%", "100%", "5", "5", ""];
        var lines = new List<SourceLine>
        {
            new(1, string.Join('\t', header), 1, header, 1),
            new(2, string.Join('\t', row), 1, row, 2),
            new(3, string.Join('\t', tail), 1, tail, 1),
            new(4, string.Join('\t', next), 1, next, 1),
        };

        var rows = DocumentLayout.Build(new SourceDocument("d01.pdf", SourceFormat.Pdf, lines)).Rows;

        rows.Count.ShouldBe(3);
        rows[1].Cells[7].ShouldBe("部分问题涉及历史遗留资产确权，需自然资源、住建等部门协同处理，年内未能全部销号。");
        rows[2].Cells[2].ShouldBe("违纪违法问题线索移送及时率");
    }

    [Fact]
    public void A_title_split_over_two_lines_is_one_paragraph_but_an_attachment_mark_is_not_joined()
    {
        var layout = Layout("附件 2\n\n2023 年度广州市荔湾区机关事务管理局部门\n\n整体支出绩效自评报告\n\n一、基本情况\n");

        layout.Passages.Select(p => p.Text).ShouldBe(["附件 2", "2023 年度广州市荔湾区机关事务管理局部门整体支出绩效自评报告", "一、基本情况"]);
    }

    [Fact]
    public void A_table_exported_one_cell_per_line_is_rebuilt()
    {
        // d05: the national form with every cell on its own line and merged cells left out.
        var layout = Layout(string.Join('\n',
            "部门整体资金（万元）", "年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分",
            "年度资金总额", "4215.60", "5382.75", "4425.16", "10", "82.21%", "8.22",
            "上年结转资金", "0.00", "120.00", "120.00", "—", "100.00%", "—",
            "年度总体目标", "预期目标",
            "一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分", "偏差原因分析及改进措施",
            "产出指标（50分）", "数量指标", "举办市级以上体育赛事活动场次", "≥30场", "34场", "8", "8", "无",
            "新建改建全民健身场地设施数量", "≥45个", "32个", "8", "5.69", "13个点位因用地调整未开工，已纳入下年计划",
            "质量指标", "公共体育场馆设施安全检查合格率", "=100%", "100%", "6", "6", "无",
            "总分", "100", "88.76", "评价等级", "优") + "\n");

        var facts = Read(layout);

        facts.Mentions.Single(m => m.Path == "budget.total").Value.ShouldBe(5382.75m);
        facts.Mentions.Single(m => m.Path == "carryoverFromLastYear").Value.ShouldBe(120.00m);
        facts.ExecutionScore!.Value.ShouldBe(8.22m);
        facts.Indicators.Select(i => (i.Level1, i.Level2, i.Name, i.Weight, i.Score)).ShouldBe(
        [
            ("产出指标", "数量指标", "举办市级以上体育赛事活动场次", 8m, 8m),
            ("产出指标", "数量指标", "新建改建全民健身场地设施数量", 8m, 5.69m),
            ("产出指标", "质量指标", "公共体育场馆设施安全检查合格率", 6m, 6m),
        ]);
        facts.Indicators[1].Remark.ShouldBe("13个点位因用地调整未开工，已纳入下年计划");
        facts.Mentions.Single(m => m.Path == "selfScore").Value.ShouldBe(88.76m);
        facts.Grades.ShouldHaveSingleItem().Grade.ShouldBe(Core.Scoring.Grade.Excellent);
    }

    [Fact]
    public void Task_rows_shifted_by_OCR_are_anchored_on_their_target()
    {
        // seed 001: the garbled 目标完成情况 cell pushes the row one column left.
        var layout = Layout(string.Join('\n',
            "主要任务\t年初预期\t目标\t目标完成情况\t关键指标\t计算公式或指 标内容\t预期实现 值\t指标完成情况\t任务涉 及资金\t",
            "\t\t\t因受疫情影\t任务完成率\t按黑在作为 案\t100%\t受新冠疫情影响,该项工作 未开展\t\t",
            "\t严格按照\"安全\"\t响,根据市\t花市安全事故 数\t花市工作期间 无安全事故\t0起\t受新冠疫情影响\t\t\t",
            "任务1\t年传统迎春花市工作方案\t式举办传统\t花市档位出租 率\t花市档位出租 率=(档位总数 /档位实际租出 数量)*100%\t100%\t受新冠疫情影响\t3. 13\t") + "\n");

        var facts = Read(layout);

        facts.Indicators.Select(i => (i.Name, i.Target, i.Task)).ShouldBe(
        [
            ("任务完成率", "100%", "任务1"),
            ("花市安全事故数", "0起", "任务1"),
            ("花市档位出租率", "100%", "任务1"),
        ]);
        facts.Indicators[2].Formula.ShouldBe("花市档位出租 率=(档位总数 /档位实际租出 数量)*100%");
        facts.Tasks.ShouldHaveSingleItem().Budget.ShouldBe(3.13m);
    }

    [Fact]
    public void A_project_table_gives_tasks_and_its_total_is_not_the_departments()
    {
        var layout = Layout("项目名称\t全年预算数\t实际支出数\t执行率\n高标准农田建设\t1,200.00\t1,156.40\t96.37%\n动物疫病防控\t320.00\t304.64\t95.20%\n合计\t1,520.00\t1,461.04\t96.12%\n");

        var facts = Read(layout);

        facts.Mentions.ShouldBeEmpty();
        facts.Tasks.Select(t => (t.Name, t.Budget, t.Spent, t.Rate)).ShouldBe(
        [
            ("高标准农田建设", 1200.00m, 1156.40m, 96.37m),
            ("动物疫病防控", 320.00m, 304.64m, 95.20m),
        ]);
    }

    [Fact]
    public void A_three_public_table_fills_the_three_public_funds()
    {
        var layout = Layout("项目\t预算数\t实际支出数\n因公出国（境）费\t0.00\t0.00\n公务用车运行维护费\t20.00\t18.50\n公务接待费\t6.00\t4.20\n合计\t26.00\t22.70\n");

        var facts = Read(layout);

        facts.Mentions.Select(m => (m.Path, m.Value)).ShouldBe(
        [
            ("threePublic.abroad", 0.00m),
            ("threePublic.vehicleOperation", 18.50m),
            ("threePublic.reception", 4.20m),
            ("threePublic.budget", 26.00m),
            ("threePublic.spent", 22.70m),
        ], ignoreOrder: true);
    }

    [Fact]
    public void A_table_in_yuan_is_read_in_wan()
    {
        var layout = Layout("单位：元\n\n资金来源\t年初预算数\t预算调整数\t实际支出数\t预算完成率\n合计\t85,632,100.00\t-1,250,000.00\t81,274,350.00\t96.32%\n");

        var facts = Read(layout);

        facts.Unit.ShouldBe("元");
        facts.Mentions.Single(m => m.Path == "budget.initial").Value.ShouldBe(8563.21m);
        facts.Mentions.Single(m => m.Path == "budget.adjustment").Value.ShouldBe(-125m);
        facts.Mentions.Single(m => m.Path == "rates.completion").Value.ShouldBe(96.32m);
    }

    [Theory]
    [InlineData("2022年度广州市花都区机关事务管理局 部门整体支出绩效自评报告\n一、基本情况\n", "广州市花都区机关事务管理局", 2022, "report")]
    [InlineData("绍兴市柯桥区档案馆2025年度部门整体支出绩效自评报告\n\n一、部门基本情况\n", "绍兴市柯桥区档案馆", 2025, "report")]
    [InlineData("２０１９年度株洲市荷塘区市场监督管理局部门整体支出绩效自评报告\n一、部门概况\n", "株洲市荷塘区市场监督管理局", 2019, "report")]
    [InlineData("荔湾区部门整体支出绩效自评表\n\n(2021年度)\n\n部门名称:广州市荔湾区机关事务管理局(部门)\n", "广州市荔湾区机关事务管理局", 2021, "table")]
    [InlineData("部门整体支出绩效自评表\n（2024年度）\n\n部门（单位）名称\n宜昌市体育局\n主管部门\n宜昌市人民政府\n", "宜昌市体育局", 2024, "table")]
    [InlineData("宜宾市叙州区应急管理局2022年度部门整体支出绩效评价得分表\n\n填报单位（盖章）：宜宾市叙州区应急管理局\t\t评价方式：部门自评\t\t填报时间：2023年4月12日\n", "宜宾市叙州区应急管理局", 2022, "table")]
    [InlineData("关于2022年度部门整体支出绩效自评情况的报告\n\n一、部门基本情况\n\n本馆负责档案管理工作。\n\n广州市天河区档案馆\n\n2023年3月15日\n", "广州市天河区档案馆", 2022, "report")]
    public void Title_and_form_fields_give_department_year_and_kind(string text, string department, int year, string kind)
    {
        var facts = new DocumentFacts();

        TitleReader.Read(Layout(text), facts);

        (facts.Department, facts.Year, facts.Kind.ToString().ToLowerInvariant()).ShouldBe((department, (int?)year, kind));
    }

    [Theory]
    [InlineData("整体支出 年初预算 数", "Initial")]
    [InlineData("整体支出预 算调整数", "Adjustment")]
    [InlineData("整体年度实际 支出数", "Spent")]
    [InlineData("全年预算数", "Total")]
    [InlineData("预算完成率", "CompletionRate")]
    [InlineData("预算调整率", "AdjustmentRate")]
    [InlineData("一级指标（分值）", "Level1")]
    [InlineData("预期实现 值", "Target")]
    [InlineData("计算公式或指 标内容", "Formula")]
    [InlineData("任务涉 及资金", "Funds")]
    [InlineData("年初预期目标", "Goal")]
    [InlineData("评分依据及扣分说明", "Remark")]
    [InlineData("部门整体资金（万元）", "Label")]
    public void Column_headers_are_recognised_by_their_words(string header, string column) =>
        Columns.Classify(header).ToString().ShouldBe(column);

    internal static DocumentLayout Layout(string text) =>
        DocumentLayout.Build(new SourceDocument("test.txt", SourceFormat.Text, PlainTextReader.ReadLines(text)));

    private static DocumentFacts Read(DocumentLayout layout)
    {
        var facts = new DocumentFacts();
        TableReader.Read(layout, facts);
        return facts;
    }
}
