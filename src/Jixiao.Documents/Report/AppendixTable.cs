using Jixiao.Documents.Table.Xlsx;

namespace Jixiao.Documents.Report;

/// <summary>
/// The report's 附表 drawn from the very sheet the XLSX is written from: the same blocks, merged cells and column
/// proportions, and each number through its cell's format code, so the report and the 自评表 cannot disagree.
/// </summary>
internal static class AppendixTable
{
    public static (ReportAppendix Appendix, ReportTable Table) From(SheetBuilder sheet)
    {
        var title = sheet.Cell(1, 1)?.Text ?? "";
        var caption = sheet.Cell(3, 1)?.Text ?? "";
        var unit = "";
        for (var c = sheet.ColumnWidths.Length; c > 1 && unit.Length == 0; c--)
            unit = sheet.Cell(3, c)?.Text ?? "";

        var covered = new HashSet<(int, int)>();
        var spans = new Dictionary<(int, int), (int Rows, int Cols)>();
        foreach (var (r1, c1, r2, c2) in sheet.Merges)
        {
            spans[(r1, c1)] = (r2 - r1 + 1, c2 - c1 + 1);
            for (var r = r1; r <= r2; r++)
            {
                for (var c = c1; c <= c2; c++)
                {
                    if (r != r1 || c != c1)
                        covered.Add((r, c));
                }
            }
        }

        var block = new Dictionary<int, int>();
        var blocks = sheet.JoinedBlocks();
        for (var b = 0; b < blocks.Count; b++)
        {
            for (var r = blocks[b].First; r <= blocks[b].Last; r++)
                block[r] = b + 1;
        }
        var headers = sheet.HeaderRows.ToHashSet();
        var columns = sheet.ColumnWidths.Length;
        var rows = new List<ReportTableRow>();
        for (var r = sheet.TitleRows + 1; r <= sheet.LastRow; r++)
        {
            var cells = new ReportCell?[columns];
            for (var c = 1; c <= columns; c++)
            {
                if (covered.Contains((r, c)))
                    continue;
                var (spanRows, spanCols) = spans.TryGetValue((r, c), out var span) ? span : (1, 1);
                cells[c - 1] = Cell(sheet, sheet.Cell(r, c), spanRows, spanCols);
            }
            rows.Add(new ReportTableRow(cells, headers.Contains(r), block.GetValueOrDefault(r)));
        }
        var reportColumns = sheet.ColumnWidths.Select(w => new ReportColumn("", w, Numeric: false)).ToList();
        return (new ReportAppendix("附件", title), new ReportTable(reportColumns, rows, caption, unit));
    }

    private static ReportCell Cell(SheetBuilder sheet, SheetCell? cell, int rowSpan, int colSpan)
    {
        if (cell is null)
            return new ReportCell("", colSpan, rowSpan);
        var style = sheet.Styles[cell.Style];
        var text = cell.Number is { } n ? DocumentNumbers.Format(n, style.NumberFormat) : cell.Text ?? "";
        var header = style.Font == CellFont.Header || style.Fill;
        return new ReportCell(text, colSpan, rowSpan, header ? CellAlign.Center : style.Align, style.Font == CellFont.Bold, header);
    }
}
