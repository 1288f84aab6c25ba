using System.Globalization;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace Jixiao.Documents.Tests.Import.Variants.Generator;

/// <summary>
/// Writes a <see cref="SheetLayout"/> as a one-sheet workbook with OpenXml: shared strings for text, figures as
/// numbers (a percentage stored as its fraction) with a number format that shows the decimals they were written with,
/// and merged ranges for the rows that are one cell across the width.
/// </summary>
internal static class XlsxWorkbook
{
    /// <summary>Custom number formats start here; lower ids are Excel's built-in ones.</summary>
    private const uint FirstCustomFormat = 164;

    public static void Write(string path, SheetLayout sheet)
    {
        using var document = SpreadsheetDocument.Create(path, SpreadsheetDocumentType.Workbook);
        var workbook = document.AddWorkbookPart();
        workbook.Workbook = new Workbook();
        var strings = new List<string>();
        var stringIndex = new Dictionary<string, int>(StringComparer.Ordinal);
        var formats = new List<string>();
        var data = new SheetData();
        for (var r = 0; r < sheet.Rows.Count; r++)
        {
            var row = new Row { RowIndex = (uint)(r + 1) };
            var cells = sheet.Rows[r];
            for (var c = 0; c < cells.Count; c++)
            {
                if (cells[c].Length == 0)
                    continue;
                var cell = new Cell { CellReference = Reference(r, c) };
                if (WrittenNumber.Parse(cells[c]) is { } number && !sheet.MergedRows.Contains(r))
                {
                    var code = "0" + (number.Decimals > 0 ? "." + new string('0', number.Decimals) : "") + (number.Percent ? "%" : "");
                    if (!formats.Contains(code))
                        formats.Add(code);
                    cell.StyleIndex = (uint)(formats.IndexOf(code) + 1);
                    cell.CellValue = new CellValue((number.Percent ? number.Value / 100 : number.Value).ToString(CultureInfo.InvariantCulture));
                }
                else
                {
                    if (!stringIndex.TryGetValue(cells[c], out var index))
                    {
                        stringIndex[cells[c]] = index = strings.Count;
                        strings.Add(cells[c]);
                    }
                    cell.DataType = CellValues.SharedString;
                    cell.CellValue = new CellValue(index.ToString(CultureInfo.InvariantCulture));
                }
                row.Append(cell);
            }
            data.Append(row);
        }

        var columns = sheet.Columns;
        var merges = new MergeCells(sheet.MergedRows.Where(_ => columns > 1).Select(r => new MergeCell { Reference = Reference(r, 0) + ":" + Reference(r, columns - 1) }));
        var worksheet = workbook.AddNewPart<WorksheetPart>();
        worksheet.Worksheet = new Worksheet(
            new Columns(new Column { Min = 1, Max = (uint)columns, Width = 16, CustomWidth = true }),
            data);
        if (merges.HasChildren)
            worksheet.Worksheet.Append(merges);

        var shared = workbook.AddNewPart<SharedStringTablePart>();
        shared.SharedStringTable = new SharedStringTable(strings.Select(s => new SharedStringItem(new Text(s) { Space = SpaceProcessingModeValues.Preserve })));
        var styles = workbook.AddNewPart<WorkbookStylesPart>();
        styles.Stylesheet = Stylesheet(formats);
        workbook.Workbook.Append(new Sheets(new Sheet { Id = workbook.GetIdOfPart(worksheet), SheetId = 1, Name = "自评表" }));
    }

    /// <summary>Style 0 is General; style i (1-based) shows custom format i - 1.</summary>
    private static Stylesheet Stylesheet(List<string> formats)
    {
        var stylesheet = new Stylesheet(
            new Fonts(new Font(new FontSize { Val = 11 }, new FontName { Val = "宋体" })),
            new Fills(new Fill(new PatternFill { PatternType = PatternValues.None }), new Fill(new PatternFill { PatternType = PatternValues.Gray125 })),
            new Borders(new Border(new LeftBorder(), new RightBorder(), new TopBorder(), new BottomBorder(), new DiagonalBorder())),
            new CellStyleFormats(new CellFormat { NumberFormatId = 0, FontId = 0, FillId = 0, BorderId = 0 }),
            new CellFormats(new[] { new CellFormat { NumberFormatId = 0, FontId = 0, FillId = 0, BorderId = 0, FormatId = 0 } }
                .Concat(formats.Select((_, i) => new CellFormat { NumberFormatId = FirstCustomFormat + (uint)i, FontId = 0, FillId = 0, BorderId = 0, FormatId = 0, ApplyNumberFormat = true }))));
        if (formats.Count > 0)
            stylesheet.PrependChild(new NumberingFormats(formats.Select((code, i) => new NumberingFormat { NumberFormatId = FirstCustomFormat + (uint)i, FormatCode = code })));
        return stylesheet;
    }

    /// <summary>"A1" for row 0, column 0.</summary>
    private static string Reference(int row, int column)
    {
        var letters = "";
        for (var c = column + 1; c > 0; c = (c - 1) / 26)
            letters = (char)('A' + (c - 1) % 26) + letters;
        return letters + (row + 1).ToString(CultureInfo.InvariantCulture);
    }
}
