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
