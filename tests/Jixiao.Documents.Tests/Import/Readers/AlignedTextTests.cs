using Jixiao.Documents.Import.Readers;
using Jixiao.Documents.Import.Readers.Geometry;

namespace Jixiao.Documents.Tests.Import.Readers;

/// <summary>Tables whose columns are lined up with spaces, as web page copies and "save as text" give them.</summary>
public sealed class AlignedTextTests
{
    [Fact]
    public void Space_aligned_funds_table_keeps_empty_cells_in_their_columns()
    {
        // Each column padded to its widest cell, a CJK character two columns wide; the 基本支出 row has no budget.
        var text = string.Join('\n',
            "一、部门整体支出基本情况（单位：万元）",
            "项目            年初预算数  全年预算数  全年执行数  预算执行率",
            "部门整体支出    1386.50     1542.18     1493.74     96.86%",
            "其中：基本支出                          862.35",
            "正文一段说明。");

        var lines = PlainTextReader.ReadLines(text);

        lines.Count(l => l.IsTableRow).ShouldBe(3);
        lines[3].Cells.ShouldBe(["其中：基本支出", "", "", "862.35", ""]);
        lines[2].Cells![1].ShouldBe("1386.50");
        lines[4].IsTableRow.ShouldBeFalse();
    }

    [Fact]
    public void Ideographic_spaces_separate_cells_with_full_width_digits()
    {
        var text = "项目　　　　年初预算数　　全年执行数\n合计　　　　１２３４．５６　１２００．００\n";

        var lines = PlainTextReader.ReadLines(text);

        lines[1].Cells.ShouldBe(["合计", "１２３４．５６", "１２００．００"]);
    }

    [Fact]
    public void Prose_with_single_spaces_is_not_a_table()
    {
        var text = "2023 年度全年预算数 2,718.44 万元，执行数 2,694.07 万元。\n其中基本支出 1,962.31 万元，项目支出 731.76 万元。\n";

        PlainTextReader.ReadLines(text).ShouldAllBe(l => !l.IsTableRow);
    }

    [Fact]
    public void One_line_with_a_wide_gap_is_not_a_table()
    {
        var text = "宜昌市体育局          2025年3月26日\n下一段正文。\n";

        PlainTextReader.ReadLines(text).ShouldAllBe(l => !l.IsTableRow);
    }

    [Fact]
    public void One_line_of_three_cells_or_more_is_a_row_of_a_form()
    {
        var text = "部门名称  温州市鹿城区民政局  联系人  陈晓燕  联系电话  0577-88213365\n单位：万元\n";

        var lines = PlainTextReader.ReadLines(text);

        lines[0].Cells.ShouldBe(["部门名称", "温州市鹿城区民政局", "联系人", "陈晓燕", "联系电话", "0577-88213365"]);
        lines[1].IsTableRow.ShouldBeFalse();
    }

    [Fact]
    public void One_line_of_label_value_fields_is_not_a_table()
    {
        var text = "发布日期：2023-06-12  信息来源：樊城区文化和旅游局  【大 中 小】\n正文。\n";

        PlainTextReader.ReadLines(text).ShouldAllBe(l => !l.IsTableRow);
    }

    [Fact]
    public void A_label_value_line_between_two_tables_is_no_wrapped_cell()
    {
        // "单位：万元" is as short as a wrapped label's tail at the margin, but a label and its value stand on their own.
        List<Field> Line(params (int Start, string Text)[] parts) => [.. parts.Select(p => new Field(p.Start, p.Start + AlignedText.Width(p.Text[0]) * p.Text.Length, p.Text))];
        var lines = new List<List<Field>>
        {
            Line((0, "部门名称"), (12, "温州市民政局"), (30, "联系人"), (40, "陈晓燕")),
            Line((0, "单位：万元")),
            Line((0, "项目"), (12, "年初预算数"), (30, "全年预算数")),
            Line((0, "合计"), (12, "2436.80"), (30, "2518.30")),
        };

        AlignedText.Blocks(lines).ShouldBe([(0, 0), (2, 3)]);
    }

    [Fact]
    public void A_cell_wrapped_onto_an_indented_line_stays_in_the_table()
    {
        var text = string.Join('\n',
            "指标名称        目标值    完成值",
            "办结率          100%      100%",
            "                （含转办）",
            "满意度          95%       97%");

        var lines = PlainTextReader.ReadLines(text);

        lines.ShouldAllBe(l => l.IsTableRow);
        lines[2].Cells.ShouldBe(["", "（含转办）", ""]);
    }

    [Theory]
    [InlineData('a', 1)]
    [InlineData('中', 2)]
    [InlineData('１', 2)]
    [InlineData('\u3000', 2)]
    [InlineData('—', 1)]
    public void Display_width_counts_wide_characters_twice(char c, int width) => AlignedText.Width(c).ShouldBe(width);
}
