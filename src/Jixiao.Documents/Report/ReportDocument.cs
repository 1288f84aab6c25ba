namespace Jixiao.Documents.Report;

/// <summary>
/// A report as a list of blocks, composed once from the evaluation and drawn by both the DOCX and the PDF
/// renderer, so the two documents always say the same thing.
/// </summary>
internal sealed record ReportDocument(string Title, ReportCover? Cover, IReadOnlyList<ReportBlock> Blocks);
