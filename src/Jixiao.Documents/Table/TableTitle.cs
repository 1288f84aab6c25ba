using Jixiao.Documents.Table.Xlsx;

namespace Jixiao.Documents.Table;

/// <summary>The three lines every 自评表 opens with: the title, the year, and 部门名称 (unless the table has its own row for it) with 单位：万元.</summary>
internal static class TableTitle
{
    /// <summary>Writes rows 1–3 and returns the next free row.</summary>
    public static int Write(SheetBuilder sheet, string title, int year, string? department, int lastColumn)
    {
        sheet.Merge(1, 1, 1, lastColumn, title, new CellStyle(CellFont.Title, Border: false, Align: CellAlign.Center, Wrap: false));
        sheet.Height(1, 30);
        sheet.Merge(2, 1, 2, lastColumn, $"（{year.ToString(System.Globalization.CultureInfo.InvariantCulture)}年度）", new CellStyle(Border: false, Align: CellAlign.Center, Wrap: false));
        sheet.Merge(3, 1, 3, lastColumn - 2, department is null ? "" : $"部门名称：{department}", new CellStyle(Border: false, Wrap: false));
        sheet.Merge(3, lastColumn - 1, 3, lastColumn, "单位：万元", new CellStyle(Border: false, Align: CellAlign.Right, Wrap: false));
        return 4;
    }
}
