namespace Jixiao.Documents.Report;

/// <summary>
/// A row of cells; null where a cell above or to the left spans over. <see cref="Header"/> marks a column-header
/// row (repeated on each page its part of the table continues on); <see cref="Block"/> numbers the rows kept on
/// one page together (0: free).
/// </summary>
internal sealed record ReportTableRow(IReadOnlyList<ReportCell?> Cells, bool Header = false, int Block = 0);
