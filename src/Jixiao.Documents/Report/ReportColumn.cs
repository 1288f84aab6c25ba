namespace Jixiao.Documents.Report;

/// <summary>A table column: its share of the text width, its title when the table has a single header row, and whether it holds numbers.</summary>
internal sealed record ReportColumn(string Title, double Width, bool Numeric);
