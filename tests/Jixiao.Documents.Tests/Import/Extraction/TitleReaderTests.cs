using Jixiao.Documents.Import.Extraction;

namespace Jixiao.Documents.Tests.Import.Extraction;

/// <summary>The department, year and kind from where documents put them, whatever stands around the title.</summary>
public sealed class TitleReaderTests
{
    private const string Body = "一、部门基本情况\n（一）部门职能\n本部门负责全区有关工作。\n二、部门整体支出情况\n全年预算数 1,927.35 万元，执行数 1,846.29 万元。\n";

    [Fact]
    public void A_web_page_around_the_report_does_not_name_the_department()
    {
        var facts = Read(
            "当前位置：首页 > 信息公开 > 财政信息 > 部门整体支出绩效自评\n关于公开2023年度部门整体支出绩效自评情况的说明\n" +
            "发布时间：2024-05-20 10:12  来源：本网  浏览次数：\n【字体：大 中 小】 打印本页 关闭窗口\n\n" +
            "2023年度南平市延平区统计局部门整体支出绩效自评报告\n" + Body + "主办单位：南平市延平区人民政府办公室 版权所有\n");

        facts.Department.ShouldBe("南平市延平区统计局");
        facts.Year.ShouldBe(2023);
        facts.Title.ShouldBe("2023年度南平市延平区统计局部门整体支出绩效自评报告");
    }

    [Fact]
    public void A_title_broken_mid_phrase_over_two_lines_is_joined()
    {
        var facts = Read("附件2\n\n2022年度温州市鹿城区水利局部门\n整体支出绩效自评报告\n\n" + Body);

        facts.Department.ShouldBe("温州市鹿城区水利局");
        facts.Year.ShouldBe(2022);
    }

    [Fact]
    public void A_name_on_the_line_above_a_title_without_one_is_the_department()
    {
        var facts = Read("附件2\n（公开版）\n宜昌市体育局\n2024年度部门整体支出绩效自评报告\n\n" + Body);

        facts.Department.ShouldBe("宜昌市体育局");
        facts.Year.ShouldBe(2024);
    }

    [Fact]
    public void A_title_naming_no_department_takes_it_from_the_opening_sentence()
    {
        var facts = Read("部门整体支出绩效自评报告\n（2021年度）\n一、部门概况\n益阳市赫山区农业农村局是区政府工作部门，主要职责是……\n");

        facts.Department.ShouldBe("益阳市赫山区农业农村局");
        facts.Year.ShouldBe(2021);
    }

    [Fact]
    public void A_year_only_in_a_table_title_row_is_found()
    {
        var facts = Read("部门整体支出绩效自评表\n部门名称\t湖州市南浔区文化广电旅游体育局\n所属年度\t2019年度\n");

        facts.Year.ShouldBe(2019);
        facts.Department.ShouldBe("湖州市南浔区文化广电旅游体育局");
    }

    [Theory]
    [InlineData("填报单位（盖章）：晋中市榆次区卫生健康局\t\t填报日期：2023年3月20日")]
    [InlineData("部门(单位)名称:晋中市榆次区卫生健康局")]
    [InlineData("被评价单位名称\t晋中市榆次区卫生健康局")]
    public void A_form_field_names_the_department_whatever_its_label_and_brackets(string field)
    {
        var facts = Read("部门整体支出绩效自评表\n（2022年度）\n" + field + "\n");

        facts.Department.ShouldBe("晋中市榆次区卫生健康局");
    }

    private static DocumentFacts Read(string text)
    {
        var layout = LayoutTests.Layout(text);
        var facts = new DocumentFacts();
        TitleReader.Read(layout, facts);
        return facts;
    }
}
