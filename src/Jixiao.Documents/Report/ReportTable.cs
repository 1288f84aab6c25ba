namespace Jixiao.Documents.Report;

/// <summary>
/// A ruled table as a grid with merged cells, the same grid the XLSX holds; <see cref="CaptionLeft"/> and
/// <see cref="CaptionRight"/> are the line above it (部门名称：…, 单位：万元).
/// </summary>
internal sealed record ReportTable(IReadOnlyList<ReportColumn> Columns, IReadOnlyList<ReportTableRow> Rows, string CaptionLeft = "", string CaptionRight = "") : ReportBlock;
