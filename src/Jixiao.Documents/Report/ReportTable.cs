namespace Jixiao.Documents.Report;

/// <summary>A ruled table with a header row repeated on every page.</summary>
internal sealed record ReportTable(IReadOnlyList<ReportColumn> Columns, IReadOnlyList<ReportTableRow> Rows) : ReportBlock;
