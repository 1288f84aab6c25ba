namespace Jixiao.Documents.Report;

/// <summary>A table column: its title, its share of the text width, and whether it holds numbers (centred).</summary>
internal sealed record ReportColumn(string Title, double Width, bool Numeric);
