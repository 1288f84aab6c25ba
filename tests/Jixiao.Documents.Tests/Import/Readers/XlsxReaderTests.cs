using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using Jixiao.Documents.Import;
using Jixiao.Documents.Import.Readers;

namespace Jixiao.Documents.Tests.Import.Readers;

public sealed class XlsxReaderTests : IDisposable
{
    private readonly TempDirectory _dir = new();

    public void Dispose() => _dir.Dispose();

    [Fact]
    public void Rows_read_back_with_merges_gaps_shared_strings_and_numbers_as_displayed()
    {
        var path = _dir.Combine("自评表.xlsx");
        using (var document = SpreadsheetDocument.Create(path, SpreadsheetDocumentType.Workbook))
        {
            var workbook = document.AddWorkbookPart();
            workbook.Workbook = new Workbook(new Sheets());
            var strings = workbook.AddNewPart<SharedStringTablePart>();
            strings.SharedStringTable = new SharedStringTable(
                new SharedStringItem(new Text("部门整体支出绩效自评表")),
                new SharedStringItem(new Text("资金来源")),
                new SharedStringItem(new Run(new Text("一般公共")), new Run(new Text("预算"))));
            var styles = workbook.AddNewPart<WorkbookStylesPart>();
            styles.Stylesheet = new Stylesheet(
                new NumberingFormats(new NumberingFormat { NumberFormatId = 164, FormatCode = "#,##0.0#\"万元\"" }),
                new Fonts(new Font()),
                new Fills(new Fill()),
                new Borders(new Border()),
                new CellFormats(
                    new CellFormat(),
                    new CellFormat { NumberFormatId = 10, ApplyNumberFormat = true },
                    new CellFormat { NumberFormatId = 2, ApplyNumberFormat = true },
                    new CellFormat { NumberFormatId = 164, ApplyNumberFormat = true }));

            AddSheet(
                workbook,
                "资金",
                new MergeCells(new MergeCell { Reference = "A1:D1" }),
                new Row(Shared("A1", 0)) { RowIndex = 1 },
                new Row(Shared("A3", 1), Number("B3", "6211.8900000000003"), Number("D3", "0.89310000000000001", style: 1)) { RowIndex = 3 },
                new Row(Shared("A4", 2), Number("B4", "327.17"), Inline("C4", "备注")) { RowIndex = 4 },
                new Row(Number("A5", "612.4", style: 2), Number("B5", "1", style: 1), Number("C5", "6211.8", style: 3), Number("D5", "6211.894", style: 3)) { RowIndex = 5 });
            AddSheet(workbook, "指标", null, new Row(Inline("B2", "产出指标")) { RowIndex = 2 });
        }

        var document2 = DocumentReader.Read(path);

        document2.Format.ShouldBe(SourceFormat.Xlsx);
        var lines = document2.Lines;
        lines.Select(l => l.Cells).ShouldBe(
        [
            ["部门整体支出绩效自评表", "部门整体支出绩效自评表", "部门整体支出绩效自评表", "部门整体支出绩效自评表"],
            ["资金来源", "6211.89", "", "89.31%"],
            ["一般公共预算", "327.17", "备注"],
            ["612.40", "100.00%", "6211.8", "6211.89"],
            ["", "产出指标"],
        ]);
        lines.Select(l => (l.Number, l.Page, l.TableRow)).ShouldBe([(1, 1, 1), (2, 1, 3), (3, 1, 4), (4, 1, 5), (5, 2, 2)]);
    }

    [Theory]
    [InlineData(6211.8900000000003, null, 0, "6211.89")]
    [InlineData(0.1 + 0.2, null, 0, "0.3")]
    [InlineData(1200.0, null, 0, "1200")]
    [InlineData(-86.2, null, 0, "-86.2")]
    [InlineData(35218400.0, null, 0, "35218400")]
    [InlineData(0.00001, null, 0, "0.00001")]
    [InlineData(612.4, 2, 2, "612.40")]
    [InlineData(89.305, 2, 2, "89.31")]
    [InlineData(-0.125, 2, 2, "-0.13")]
    [InlineData(6211.8, 2, 1, "6211.8")]
    [InlineData(6211.0, 2, 0, "6211")]
    public void Numbers_are_written_invariantly_without_float_noise(double value, int? decimals, int minDecimals, string expected) =>
        XlsxNumberFormats.Invariant(value, decimals, minDecimals).ShouldBe(expected);

    private static void AddSheet(WorkbookPart workbook, string name, MergeCells? merges, params Row[] rows)
    {
        var part = workbook.AddNewPart<WorksheetPart>();
        var worksheet = new Worksheet(new SheetData(rows));
        if (merges is not null)
        {
            worksheet.Append(merges);
        }

        part.Worksheet = worksheet;
        var sheets = workbook.Workbook.Sheets!;
        sheets.Append(new Sheet { Id = workbook.GetIdOfPart(part), SheetId = (uint)sheets.ChildElements.Count + 1, Name = name });
    }

    private static Cell Shared(string reference, int index) =>
        new() { CellReference = reference, DataType = CellValues.SharedString, CellValue = new CellValue(index.ToString(System.Globalization.CultureInfo.InvariantCulture)) };

    private static Cell Number(string reference, string raw, uint style = 0) =>
        new() { CellReference = reference, CellValue = new CellValue(raw), StyleIndex = style == 0 ? null : style };

    private static Cell Inline(string reference, string text) =>
        new(new InlineString(new Text(text))) { CellReference = reference, DataType = CellValues.InlineString };
}
