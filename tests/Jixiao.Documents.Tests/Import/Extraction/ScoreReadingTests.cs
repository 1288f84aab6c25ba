using Jixiao.Core.Audit;

namespace Jixiao.Documents.Tests.Import.Extraction;

/// <summary>The total score and the weights as documents state them, wherever a layout puts them.</summary>
public sealed class ScoreReadingTests
{
    private const string Report = "2023年度温州市鹿城区水利局部门整体支出绩效自评报告\n一、部门基本情况\n本局负责全区水利工作。\n";

    [Fact]
    public void A_score_whose_value_a_line_break_moved_to_the_next_line_is_read()
    {
        var result = Importer.Text(Report + "四、自评结论\n自评得分：\n86 分，评价等级为“良”。\n");

        result.Evaluation!.Stated.Score.ShouldBe(86m);
    }

    [Fact]
    public void A_total_row_shifted_by_a_merged_label_gives_its_weight_and_score()
    {
        var result = Importer.Text(
            "部门整体支出绩效自评表\n部门名称\t温州市鹿城区水利局\n" +
            "一级指标\t二级指标\t三级指标\t年度指标值\t实际完成值\t分值\t得分\t偏差原因分析及改进措施\n" +
            "产出指标\t数量指标\t河道清淤长度\t≥20公里\t22公里\t50\t50\t无\n" +
            "效益指标\t社会效益指标\t防洪标准达标率\t≥95%\t96%\t50\t46.5\t个别堤段待加固\n" +
            "总分\t100\t96.50\n");

        result.Evaluation!.Stated.Score.ShouldBe(96.50m);
    }

    [Fact]
    public void A_score_within_the_weight_the_document_states_is_no_error_but_the_difference_from_the_scheme_is_noted()
    {
        // Sichuan's 得分表 gives 绩效目标合理性 5 points; this department's table gives it 8 and scores it 7.
        var result = Importer.Text(
            "宜宾市翠屏区水务局2022年度部门整体支出绩效评价得分表\n" +
            "一级指标（分值）\t二级指标（分值）\t三级指标\t分值\t得分\t评分依据及扣分说明\n" +
            "部门决策（25）\t目标设定（10）\t绩效目标合理性\t8\t7\t目标与职责相符\n" +
            "\t\t绩效指标明确性\t2\t2\t指标细化量化\n");

        result.Findings.ShouldNotContain(f => f.Kind == FindingKinds.ScoreOverWeight && f.Severity == Severity.Error);
        result.Findings.ShouldContain(f => f.Kind == FindingKinds.SchemeWeightDiffers && f.Message.Contains("绩效目标合理性"));
    }

}
