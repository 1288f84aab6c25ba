namespace Jixiao.Documents.Report;

/// <summary>
/// Starts an attachment on a new page: the label (附件) at the left margin in 黑体, then the centred title, as
/// GB/T 9704 sets an attachment.
/// </summary>
internal sealed record ReportAppendix(string Label, string Title) : ReportBlock;
