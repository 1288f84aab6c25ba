using Jixiao.Documents.Import.Extraction;

namespace Jixiao.Documents.Tests.Import.Extraction;

/// <summary>Only the department's tables set the department's figures; columns are read by what they head.</summary>
public sealed class TableSubjectTests
{
    [Fact]
    public void A_projects_self_evaluation_table_becomes_a_task_not_the_departments_total()
    {
        var facts = Read(
            "2023年度南平市延平区统计局部门整体支出绩效自评报告\n全年预算数 1,927.35 万元，执行数 1,846.29 万元。\n\n" +
            "附表：经济普查项目支出绩效自评表\n" +
            "项目名称\t第五次全国经济普查\n" +
            "项目资金（万元）\t年初预算数\t全年预算数\t全年执行数\t分值\t执行率\t得分\n" +
            "年度资金总额\t300.00\t320.00\t310.00\t10\t96.88%\t9.69\n" +
            "一级指标\t二级指标\t三级指标\t年度指标值\t实际完成值\t分值\t得分\n" +
            "产出指标\t数量指标\t普查对象覆盖率\t100%\t100%\t50\t50\n" +
            "总分\t\t\t\t\t100\t96.50\n");

        facts.Mentions.ShouldNotContain(m => m.Path == "budget.total" && m.Value == 320m);
        facts.Mentions.ShouldNotContain(m => m.Path == "selfScore");
        facts.Indicators.ShouldBeEmpty();
        var task = facts.Tasks.ShouldHaveSingleItem();
        (task.Name, task.Budget, task.Spent, task.Rate).ShouldBe(("第五次全国经济普查", 320m, 310m, 96.88m));
    }

    [Fact]
    public void A_three_public_table_by_year_gives_this_years_budget_and_spending()
    {
        var facts = Read(
            "2023年度温州市鹿城区水利局部门整体支出绩效自评报告\n（三）“三公”经费支出情况\n单位：万元\n" +
            "项目\t上年决算\t本年预算\t本年决算\n" +
            "合计\t7.10\t6.50\t5.12\n" +
            "因公出国（境）费\t0.00\t0.00\t0.00\n" +
            "公务接待费\t1.20\t1.50\t0.92\n" +
            "公务用车购置及运行费\t5.90\t5.00\t4.20\n");

        Value(facts, "threePublic.budget").ShouldBe(6.50m);
        Value(facts, "threePublic.spent").ShouldBe(5.12m);
        facts.Mentions.ShouldNotContain(m => m.Path == "budget.total" || m.Path == "spent.total");
    }

    [Fact]
    public void Columns_named_by_year_keep_only_the_documents_year()
    {
        var facts = Read(
            "2023年度温州市鹿城区水利局部门整体支出绩效自评报告\n“三公”经费情况（万元）\n" +
            "项目\t2022年决算数\t2023年预算数\t2023年决算数\n" +
            "合计\t7.10\t6.50\t5.12\n" +
            "公务接待费\t1.20\t1.50\t0.92\n");

        facts.Mentions.Where(m => m.Path == "threePublic.spent").Select(m => m.Value).ShouldBe([5.12m]);
    }

    [Fact]
    public void A_group_cell_over_the_label_does_not_shift_the_values()
    {
        // The header has one cell more than its rows: 资金来源 stands over the merged label cells.
        var facts = Read(
            "部门整体支出绩效自评表\n部门名称\t南平市延平区统计局\n" +
            "项目\t资金来源\t年初预算数\t全年预算数\t全年执行数\t执行率\n" +
            "合计\t612.40\t668.95\t651.32\t97.36%\n");

        Value(facts, "budget.initial").ShouldBe(612.40m);
        Value(facts, "budget.total").ShouldBe(668.95m);
        Value(facts, "spent.total").ShouldBe(651.32m);
    }

    private static decimal? Value(DocumentFacts facts, string path) => facts.Mentions.FirstOrDefault(m => m.Path == path)?.Value;

    private static DocumentFacts Read(string text)
    {
        var layout = LayoutTests.Layout(text);
        var facts = new DocumentFacts();
        TitleReader.Read(layout, facts);
        TableReader.Read(layout, facts);
        return facts;
    }
}
