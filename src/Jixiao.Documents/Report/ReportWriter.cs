using Jixiao.Core.Evaluations;
using Jixiao.Core.Schemes;
using Jixiao.Core.Scoring;
using Jixiao.Documents.Files;
using Jixiao.Documents.Report.Docx;
using Jixiao.Documents.Report.Pdf;

namespace Jixiao.Documents.Report;

/// <summary>
/// Writes a department's 部门整体支出绩效自评报告 in its region's outline (the scheme's), as DOCX or PDF. Both are
/// drawn from the same composed report, so they carry the same headings, figures and scores.
/// </summary>
public static class ReportWriter
{
    /// <summary>The report as a Word document (Open XML, A4, 仿宋/黑体 with Linux fallbacks, page numbers).</summary>
    public static void WriteDocx(Evaluation evaluation, Scheme scheme, Stream output, ReportOptions? options = null, ScoreCard? card = null) =>
        DocxRenderer.Write(Compose(evaluation, scheme, options, card), output);

    /// <summary>The report as PDF with the Chinese font embedded and its text extractable.</summary>
    /// <exception cref="ReportException">When the Chinese font the PDF needs is not installed.</exception>
    public static void WritePdf(Evaluation evaluation, Scheme scheme, Stream output, ReportOptions? options = null, ScoreCard? card = null) =>
        PdfRenderer.Write(Compose(evaluation, scheme, options, card), output);

    /// <summary>Written atomically: the file at <paramref name="path"/> is either the whole new report or what it was before.</summary>
    public static void WriteDocx(Evaluation evaluation, Scheme scheme, string path, ReportOptions? options = null, ScoreCard? card = null) =>
        AtomicFile.Write(path, file => WriteDocx(evaluation, scheme, file, options, card));

    /// <summary>Written atomically, like <see cref="WriteDocx(Evaluation, Scheme, string, ReportOptions?, ScoreCard?)"/>.</summary>
    public static void WritePdf(Evaluation evaluation, Scheme scheme, string path, ReportOptions? options = null, ScoreCard? card = null)
    {
        _ = PdfFontSet.Shared; // a missing font fails before any file is created
        AtomicFile.Write(path, file => WritePdf(evaluation, scheme, file, options, card));
    }

    internal static ReportDocument Compose(Evaluation evaluation, Scheme scheme, ReportOptions? options, ScoreCard? card) =>
        ReportComposer.Compose(evaluation, scheme, card ?? ScoringEngine.Score(evaluation, scheme), options ?? ReportOptions.Default);
}
