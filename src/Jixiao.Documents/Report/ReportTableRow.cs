namespace Jixiao.Documents.Report;

/// <summary>A row of cell texts; an emphasised row (总分, 评级) is set in bold.</summary>
internal sealed record ReportTableRow(IReadOnlyList<string> Cells, bool Emphasis = false);
