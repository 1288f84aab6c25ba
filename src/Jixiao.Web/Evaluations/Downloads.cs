using Jixiao.Documents.Report;
using Jixiao.Documents.Table;
using Jixiao.Web.Data;
using Microsoft.AspNetCore.Mvc;

namespace Jixiao.Web.Evaluations;

/// <summary>The report (DOCX, PDF) and the 自评表 (XLSX) of an evaluation, written by the document writers.</summary>
public static class Downloads
{
    public static IReadOnlyList<(string Format, string Label)> Formats { get; } = [("docx", "报告 DOCX"), ("pdf", "报告 PDF"), ("xlsx", "自评表 XLSX")];

    public static FileContentResult? File(EvaluationAnalysis analysis, EvaluationRecord record, string format)
    {
        var evaluation = analysis.Load(record);
        var scheme = analysis.Schemes.Get(evaluation.SchemeId, "自评记录");
        var card = analysis.Analyse(record).Card;
        // An evaluation with errors or missing parts downloads as a draft (草稿 on every page), as `jixiao report` writes it.
        var draft = DocumentReview.Of(evaluation, scheme, card).IsDraft;
        var options = new ReportOptions { Draft = draft };
        using var output = new MemoryStream();
        string type, name;
        var title = $"{evaluation.Year}年度{evaluation.Department}部门整体支出绩效自评";
        switch (format)
        {
            case "docx":
                ReportWriter.WriteDocx(evaluation, scheme, output, options, card);
                (type, name) = ("application/vnd.openxmlformats-officedocument.wordprocessingml.document", $"{title}报告{Mark(draft)}.docx");
                break;
            case "pdf":
                ReportWriter.WritePdf(evaluation, scheme, output, options, card);
                (type, name) = ("application/pdf", $"{title}报告{Mark(draft)}.pdf");
                break;
            case "xlsx":
                TableWriter.WriteXlsx(evaluation, scheme, output, card, draft);
                (type, name) = ("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", $"{title}表{Mark(draft)}.xlsx");
                break;
            default:
                return null;
        }
        return new FileContentResult(output.ToArray(), type) { FileDownloadName = name };
    }

    private static string Mark(bool draft) => draft ? "（草稿）" : "";
}
