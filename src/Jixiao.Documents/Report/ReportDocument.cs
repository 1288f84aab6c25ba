namespace Jixiao.Documents.Report;

/// <summary>
/// A report as a list of blocks, composed once from the evaluation and drawn by both the DOCX and the PDF
/// renderer, so the two documents always say the same thing. <see cref="TitleLines"/> is the title broken at its
/// phrase boundary (year and department, then 部门整体支出绩效自评报告). <see cref="Omissions"/> lists what the
/// report had to leave out for want of data; it is never drawn, it goes to the person generating the document.
/// </summary>
internal sealed record ReportDocument(string Title, IReadOnlyList<string> TitleLines, ReportCover? Cover, IReadOnlyList<ReportBlock> Blocks)
{
    /// <summary>A 草稿 mark on every page: the evaluation still has errors or lacks required parts.</summary>
    public bool Draft { get; init; }

    public IReadOnlyList<string> Omissions { get; init; } = [];
}
