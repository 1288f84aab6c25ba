using Jixiao.Documents.Table.Xlsx;

namespace Jixiao.Documents.Report;

/// <summary>One cell of a table: its text, the columns and rows it spans, and how it is set.</summary>
internal sealed record ReportCell(string Text, int ColSpan = 1, int RowSpan = 1, CellAlign Align = CellAlign.Left, bool Bold = false, bool Header = false);
