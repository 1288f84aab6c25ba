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
        using var output = new MemoryStream();
        string type, name;
        var title = $"{evaluation.Year}年度{evaluation.Department}部门整体支出绩效自评";
        switch (format)
        {
            case "docx":
                ReportWriter.WriteDocx(evaluation, scheme, output, card: card);
                (type, name) = ("application/vnd.openxmlformats-officedocument.wordprocessingml.document", $"{title}报告.docx");
                break;
            case "pdf":
                ReportWriter.WritePdf(evaluation, scheme, output, card: card);
                (type, name) = ("application/pdf", $"{title}报告.pdf");
                break;
            case "xlsx":
                TableWriter.WriteXlsx(evaluation, scheme, output, card);
                (type, name) = ("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", $"{title}表.xlsx");
                break;
            default:
                return null;
        }
        return new FileContentResult(output.ToArray(), type) { FileDownloadName = name };
    }
}
