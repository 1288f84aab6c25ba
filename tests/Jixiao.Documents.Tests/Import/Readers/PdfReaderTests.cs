using Jixiao.Documents.Import;

namespace Jixiao.Documents.Tests.Import.Readers;

/// <summary>A report written as DOCX and printed to PDF by LibreOffice, read back with its Chinese and its tables.</summary>
public sealed class PdfReaderTests(LibreOfficeReport report) : IClassFixture<LibreOfficeReport>
{
    [Fact]
    public void Chinese_text_and_numbers_read_back_with_their_pages()
    {
        var document = report.Document;

        document.Format.ShouldBe(SourceFormat.Pdf);
        var lines = document.Lines;
        lines.ShouldContain(l => l.Text == "2023年度广州市从化区司法局部门整体支出绩效自评报告" && l.Page == 1);
        lines.ShouldContain(l => l.Text == "全年预算数2718.44万元，执行数2694.07万元，预算执行率99.1%。");
        lines.ShouldContain(l => l.Text == "自评得分99.91分，等级为优。" && l.Page == 2);
        lines.Select(l => l.Number).ShouldBe(Enumerable.Range(1, lines.Count));
    }

    [Fact]
    public void Table_rows_come_back_as_cells_in_order()
    {
        var rows = Table(report.Document, "项目");

        rows.Select(r => r.Cells).ShouldBe(
        [
            ["项目", "预算数", "执行数", "执行率"],
            ["基本支出", "1962.31", "1962.31", "100%"],
            ["项目支出", "748.2", "731.76", "97.8%"],
        ]);
        rows.Select(r => r.TableRow).ShouldBe([1, 2, 3]);
    }

    [Fact]
    public void Cells_whose_text_nearly_touches_split_at_the_table_rule()
    {
        // The numbers fill their cells: only the drawn borders tell the columns apart (a gap rule joins them).
        Table(report.Document, LibreOfficeReport.Numbers[0]).Single().Cells.ShouldBe(LibreOfficeReport.Numbers);
    }

    [Fact]
    public void Wrapped_and_spanning_cells_of_a_ruled_table_stay_one_row()
    {
        Table(report.Document, "审计查出问题整改完成率").Select(r => r.Cells).ShouldBe(
        [
            ["审计查出问题整改完成率", "≥90%", "87.4%", LibreOfficeReport.Reason],
            ["评价等级", "优", "优", "优"],
        ]);
    }

    /// <summary>The rows of the table whose first row starts with <paramref name="firstCell"/>.</summary>
    private static List<SourceLine> Table(SourceDocument document, string firstCell) =>
        [.. document.Lines.SkipWhile(l => l.Cells?[0] != firstCell).TakeWhile(l => l.IsTableRow)];
}
