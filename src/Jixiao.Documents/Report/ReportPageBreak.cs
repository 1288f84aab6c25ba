namespace Jixiao.Documents.Report;

/// <summary>Starts a new page (before the appended score table).</summary>
internal sealed record ReportPageBreak : ReportBlock;
