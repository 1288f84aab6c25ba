using DocumentFormat.OpenXml.Wordprocessing;
using Jixiao.Documents.Import;
using Jixiao.Documents.Import.Readers;
using static Jixiao.Documents.Tests.Import.Readers.TestDocx;

namespace Jixiao.Documents.Tests.Import.Readers;

public sealed class DocxReaderTests : IDisposable
{
    private readonly TempDirectory _dir = new();

    public void Dispose() => _dir.Dispose();

    [Fact]
    public void Paragraphs_and_table_rows_come_in_document_order_with_merged_cells_repeated()
    {
        var path = Write(
            _dir.Combine("report.docx"),
            Paragraph("一、部门基本情况"),
            BorderedTable(
                4,
                Row(Cell("部门资金情况", verticalMerge: MergedCellValues.Restart), Cell("资金来源"), Cell("年初预算数"), Cell("执行率")),
                Row(Cell("", verticalMerge: MergedCellValues.Continue), Cell("合计"), Cell("6211.89"), Cell("89.31%")),
                Row(Cell("年度目标"), Cell("保障机关高效有序运转", span: 3))),
            Paragraph("二、绩效自评结论"));

        var document = DocumentReader.Read(path);

        document.Format.ShouldBe(SourceFormat.Docx);
        document.Lines.Select(l => l.Text).ShouldBe(
        [
            "一、部门基本情况",
            "部门资金情况\t资金来源\t年初预算数\t执行率",
            "部门资金情况\t合计\t6211.89\t89.31%",
            "年度目标\t保障机关高效有序运转\t保障机关高效有序运转\t保障机关高效有序运转",
            "二、绩效自评结论",
        ]);
        document.Lines.Select(l => l.Number).ShouldBe([1, 2, 3, 4, 5]);
        document.Lines.Select(l => l.TableRow).ShouldBe([null, 1, 2, 3, null]);
        document.Lines[2].Cells.ShouldBe(["部门资金情况", "合计", "6211.89", "89.31%"]);
    }

    [Fact]
    public void Runs_join_tabs_split_cells_and_breaks_start_new_lines()
    {
        var path = Write(
            _dir.Combine("runs.docx"),
            new Paragraph(
                new BookmarkStart { Id = "0", Name = "_GoBack" },
                new Run(Text("全年预算数")),
                new Run(Text("2718.44万元")),
                new BookmarkEnd { Id = "0" }),
            new Paragraph(new Run(Text("预算数"), new TabChar(), Text("2718.44"))),
            new Paragraph(new Run(Text("第一行"), new Break(), Text("第二行"))),
            Paragraph(""));

        var lines = DocumentReader.Read(path).Lines;

        lines.Select(l => l.Text).ShouldBe(["全年预算数2718.44万元", "预算数\t2718.44", "第一行", "第二行"]);
        lines[1].Cells.ShouldBe(["预算数", "2718.44"]);
    }

    [Fact]
    public void Explicit_page_breaks_count_pages()
    {
        var path = Write(_dir.Combine("pages.docx"), Paragraph("第一页"), PageBreak(), Paragraph("第二页"));

        var lines = DocumentReader.Read(path).Lines;

        lines.Select(l => (l.Text, l.Page)).ShouldBe([("第一页", 1), ("第二页", 2)]);
    }

    [Fact]
    public void Cell_with_several_paragraphs_stays_one_cell()
    {
        var cell = new TableCell(Paragraph("整体支出"), Paragraph("年初预算数"));
        var path = Write(_dir.Combine("cell.docx"), BorderedTable(2, Row(cell, Cell("6211.89"))));

        DocumentReader.Read(path).Lines.Single().Cells.ShouldBe(["整体支出 年初预算数", "6211.89"]);
    }
}
