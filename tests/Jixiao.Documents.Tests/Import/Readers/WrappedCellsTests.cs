using Jixiao.Documents.Import.Readers.Geometry;

namespace Jixiao.Documents.Tests.Import.Readers;

/// <summary>
/// Rows of a borderless table rebuilt from its printed lines (as the PDF reader gives them: pieces of text and where
/// they stand, in points): which line continues the row above (a wrapped cell) and which starts the next one.
/// </summary>
public sealed class WrappedCellsTests
{
    /// <summary>At 9 pt a CJK character is 9 pt wide, a digit or Latin letter 4.5.</summary>
    private static Field Piece(double start, string text) =>
        new(start, start + text.Sum(c => AlignedText.Width(c) * 4.5), text);

    private static List<string[]> Rows(params Field[][] lines) =>
        [.. WrappedCells.Join(ColumnAligner.Lay(lines)).Select(r => r.Cells)];

    [Fact]
    public void Header_cells_wrapped_over_two_lines_are_one_row_and_the_first_figures_start_the_next()
    {
        var rows = Rows(
            [Piece(0, "资金"), Piece(50, "年初预算")],
            [Piece(0, "来源"), Piece(50, "数")],
            [Piece(0, "合计"), Piece(50, "6284.53")]);

        rows.ShouldBe([["资金来源", "年初预算数"], ["合计", "6284.53"]]);
    }

    [Fact]
    public void A_number_the_line_break_cut_is_joined()
    {
        var rows = Rows(
            [Piece(0, "项目"), Piece(50, "全年预算数")],
            [Piece(0, "合计"), Piece(50, "6284.")],
            [Piece(50, "53")]);

        rows[1].ShouldBe(["合计", "6284.53"]);
    }

    [Fact]
    public void A_figure_pushed_below_a_sentence_that_ran_to_its_edge_continues_it_and_the_next_weight_starts_a_row()
    {
        // The remark column is as wide as its longest line (9 characters); "目标100%，实际" leaves too little room for "100%".
        var rows = Rows(
            [Piece(0, "农村危房改"), Piece(60, "5"), Piece(80, "目标100%，实际")],
            [Piece(0, "造完成率"), Piece(80, "100%")],
            [Piece(0, "城镇燃气"), Piece(60, "5"), Piece(80, "城镇老旧小区改造等")]);

        rows.ShouldBe([["农村危房改造完成率", "5", "目标100%，实际100%"], ["城镇燃气", "5", "城镇老旧小区改造等"]]);
    }

    [Fact]
    public void Below_a_row_of_figures_a_line_whose_cells_had_all_ended_starts_the_next_row()
    {
        // "满意度" and "服务对象" fill their columns and go on below; "指标" and "满意度" then end short of the edge, so
        // "评价等级 | 优" is a row of its own, not more of the indicator's name.
        var rows = Rows(
            [Piece(0, "满意度"), Piece(40, "服务对象"), Piece(90, "10"), Piece(110, "9.70")],
            [Piece(0, "指标"), Piece(40, "满意度")],
            [Piece(0, "评价等"), Piece(40, "优")],
            [Piece(0, "级")]);

        rows.ShouldBe([["满意度指标", "服务对象满意度", "10", "9.70"], ["评价等级", "优", "", ""]]);
    }

    [Fact]
    public void A_merged_label_does_not_widen_its_column_so_a_short_label_that_wrapped_still_continues()
    {
        // "部门名称" spans two columns (it runs on to where the next column's text starts): the first column is two
        // characters wide, so "任务" filled it and the "1" below is the rest of "任务1", not a row of its own.
        var rows = Rows(
            [Piece(0, "部门名称"), Piece(60, "广州市番禺区")],
            [Piece(0, "任务"), Piece(38, "做好"), Piece(60, "189.2")],
            [Piece(0, "1"), Piece(38, "辖区")]);

        rows[1].ShouldBe(["任务1", "做好辖区", "189.2"]);
    }
}
