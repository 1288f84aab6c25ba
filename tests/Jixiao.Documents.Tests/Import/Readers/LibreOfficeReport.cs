using Jixiao.Documents.Import;
using Jixiao.Documents.Import.Readers;
using static Jixiao.Documents.Tests.Import.Readers.TestDocx;

namespace Jixiao.Documents.Tests.Import.Readers;

/// <summary>
/// One report written as DOCX, printed to PDF by LibreOffice once and read back for all the PDF tests (a
/// conversion takes seconds). Converting lazily, inside a test, lets a missing LibreOffice fail or skip the tests
/// with its message.
/// </summary>
public sealed class LibreOfficeReport : IDisposable
{
    public const string Reason = "部分问题涉及历史遗留资产确权，需自然资源、住建等部门协同处理，年内未能全部销号。";

    private readonly TempDirectory _dir = new();
    private readonly Lazy<SourceDocument> _document;

    public LibreOfficeReport() => _document = new(Convert);

    public static string[] Numbers => ["1234567.89", "2345678.90", "3456789.01", "4567890.12", "5678901.23", "6789012.34"];

    public SourceDocument Document => _document.Value;

    public void Dispose() => _dir.Dispose();

    private SourceDocument Convert()
    {
        var docx = Write(
            _dir.Combine("report.docx"),
            Paragraph("2023年度广州市从化区司法局部门整体支出绩效自评报告"),
            Paragraph("全年预算数2718.44万元，执行数2694.07万元，预算执行率99.1%。"),
            BorderedTable(
                4,
                Row("项目", "预算数", "执行数", "执行率"),
                Row("基本支出", "1962.31", "1962.31", "100%"),
                Row("项目支出", "748.2", "731.76", "97.8%")),
            Paragraph("（一）数字填满单元格的表格"),
            BorderedTable(6, Row(Numbers)),
            Paragraph("（二）单元格内换行和合并的表格"),
            BorderedTable(
                4,
                Row("审计查出问题整改完成率", "≥90%", "87.4%", Reason),
                Row(Cell("评价等级"), Cell("优", span: 3))),
            PageBreak(),
            Paragraph("自评得分99.91分，等级为优。"));
        return DocumentReader.Read(LibreOffice.ConvertToPdf(docx));
    }
}
