using System.Globalization;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace Jixiao.Documents.Import.Readers;

/// <summary>
/// Excel workbooks: every non-empty row of every worksheet is a table row, its cells placed by column letter
/// (gaps filled with ""). <see cref="SourceLine.Page"/> is the sheet's position in the workbook and
/// <see cref="SourceLine.TableRow"/> the Excel row number, so a finding can point at the row the user sees.
/// A merged range repeats its top-left value in every cell it covers, as the DOCX reader does, so a column index
/// means the same column in every row. Worksheets are streamed row by row: a large sheet never sits whole in memory.
/// </summary>
internal static class XlsxReader
{
    public static SourceDocument Read(string path)
    {
        using var document = SpreadsheetDocument.Open(path, isEditable: false);
        var workbook = document.WorkbookPart ?? throw ImportErrors.XlsxCorrupt(path);
        var strings = workbook.SharedStringTablePart?.SharedStringTable?.Elements<SharedStringItem>().Select(ItemText).ToArray() ?? [];
        var formats = XlsxNumberFormats.Load(workbook.WorkbookStylesPart?.Stylesheet);
        var lines = new SourceLineBuilder();
        var sheetNumber = 0;
        foreach (var sheet in workbook.Workbook?.Sheets?.Elements<Sheet>() ?? [])
        {
            sheetNumber++;
            if (sheet.Id?.Value is { } id && workbook.GetPartById(id) is WorksheetPart part)
            {
                ReadSheet(part, strings, formats, lines, sheetNumber);
            }
        }

        return new SourceDocument(path, SourceFormat.Xlsx, lines.Lines);
    }

    private static void ReadSheet(WorksheetPart part, string[] strings, XlsxNumberFormats formats, SourceLineBuilder lines, int page)
    {
        var rows = new SortedDictionary<int, SortedDictionary<int, string>>();
        var merges = new List<string>();
        using (var reader = OpenXmlReader.Create(part))
        {
            var rowNumber = 0;
            while (reader.Read())
            {
                if (reader.ElementType == typeof(Row) && reader.IsStartElement)
                {
                    var row = (Row)reader.LoadCurrentElement()!;
                    rowNumber = (int?)row.RowIndex?.Value ?? rowNumber + 1;
                    ReadRow(row, rowNumber, strings, formats, rows);
                }
                else if (reader.ElementType == typeof(MergeCell) && reader.IsStartElement)
                {
                    var merge = (MergeCell)reader.LoadCurrentElement()!;
                    if (merge.Reference?.Value is { } reference)
                    {
                        merges.Add(reference);
                    }
                }
            }
        }

        foreach (var merge in merges)
        {
            ApplyMerge(merge, rows);
        }

        lines.EndTable();
        foreach (var (rowNumber, cells) in rows)
        {
            var values = new string[cells.Keys.Max()];
            Array.Fill(values, "");
            foreach (var (column, value) in cells)
            {
                values[column - 1] = value;
            }

            lines.AddRow(values, page, rowNumber);
        }

        lines.EndTable();
    }

    private static void ReadRow(Row row, int rowNumber, string[] strings, XlsxNumberFormats formats, SortedDictionary<int, SortedDictionary<int, string>> rows)
    {
        var column = 0;
        foreach (var cell in row.Elements<Cell>())
        {
            column = cell.CellReference?.Value is { } reference ? CellAddress.Parse(reference).Column : column + 1;
            var value = CellText(cell, strings, formats);
            if (value.Length > 0 && CellAddress.IsValid(rowNumber, column))
            {
                if (!rows.TryGetValue(rowNumber, out var cells))
                {
                    rows[rowNumber] = cells = [];
                }

                cells[column] = value;
            }
        }
    }

    /// <summary>Repeats the top-left value over the range, clipped to rows and columns that hold data.</summary>
    private static void ApplyMerge(string reference, SortedDictionary<int, SortedDictionary<int, string>> rows)
    {
        var corners = reference.Split(':');
        if (corners.Length != 2 || rows.Count == 0)
        {
            return;
        }

        var (a, b) = (CellAddress.Parse(corners[0]), CellAddress.Parse(corners[1]));
        var (top, bottom) = (Math.Min(a.Row, b.Row), Math.Max(a.Row, b.Row));
        var (left, right) = (Math.Min(a.Column, b.Column), Math.Max(a.Column, b.Column));
        if (!CellAddress.IsValid(top, left) || !rows.TryGetValue(top, out var first) || !first.TryGetValue(left, out var value))
        {
            return;
        }

        bottom = Math.Min(bottom, rows.Keys.Max());
        right = Math.Min(right, rows.Values.Max(r => r.Keys.Max()));
        for (var r = top; r <= bottom; r++)
        {
            if (!rows.TryGetValue(r, out var cells))
            {
                rows[r] = cells = [];
            }

            for (var c = left; c <= right; c++)
            {
                cells[c] = value;
            }
        }
    }

    private static string CellText(Cell cell, string[] strings, XlsxNumberFormats formats)
    {
        var raw = cell.CellValue?.Text ?? "";
        var type = cell.DataType?.Value;
        string text;
        if (type == CellValues.SharedString)
        {
            text = int.TryParse(raw, NumberStyles.Integer, CultureInfo.InvariantCulture, out var index) && index >= 0 && index < strings.Length ? strings[index] : "";
        }
        else if (type == CellValues.InlineString)
        {
            text = cell.InlineString is { } inline ? ItemText(inline) : raw;
        }
        else if (type == CellValues.Boolean)
        {
            text = raw == "1" ? "TRUE" : "FALSE";
        }
        else if (type == CellValues.String || type == CellValues.Error || type == CellValues.Date)
        {
            text = raw;
        }
        else
        {
            text = formats.Format(raw, cell.StyleIndex?.Value ?? 0);
        }

        // A row is one line: line breaks typed into a cell (Alt+Enter) become spaces.
        return text.Replace("\r\n", " ").Replace('\n', ' ').Replace('\r', ' ').Trim();
    }

    /// <summary>The text of a shared or inline string: plain or rich runs, without phonetic guides.</summary>
    private static string ItemText(OpenXmlElement item) =>
        item.GetFirstChild<Text>() is { } text
            ? text.Text
            : string.Concat(item.Elements<Run>().Select(r => r.Text?.Text));
}
