using System.IO.Compression;
using System.Text;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Spreadsheet;
using Jixiao.Core.Audit;
using Jixiao.Documents.Import;

namespace Jixiao.Documents.Audit;

/// <summary>
/// The audit as an Excel workbook: sheet 汇总 (totals, findings by kind, the worst documents, the unreadable files)
/// and sheet 问题明细 (one row per finding). The package is written forward-only, one zip entry at a time, with the
/// findings sheet streamed by <see cref="OpenXmlWriter"/>: the OpenXml SDK's own package keeps every part in memory
/// until it is saved (it needs a readable stream), which a run of 10,000 documents cannot afford.
/// </summary>
public sealed class AuditXlsxWriter : IAuditWriter
{
    public const string SummarySheet = "汇总";
    public const string FindingsSheet = "问题明细";

    private static readonly double[] FindingWidths = [48, 28, 8, 22, 10, 70, 16, 48, 12, 12];
    private static readonly string[] SummaryHeaders = ["类别", "项目", "部门", "年度", "错误", "警告", "提示", "合计", "说明"];
    private static readonly double[] SummaryWidths = [16, 48, 28, 8, 8, 8, 8, 10, 70];

    private readonly ZipArchive _zip;
    private readonly XlsxSheetWriter _findings;
    private int _dropped;
    private bool _completed;

    public AuditXlsxWriter(Stream stream)
    {
        _zip = new ZipArchive(stream, ZipArchiveMode.Create, leaveOpen: false, Encoding.UTF8);
        _findings = new XlsxSheetWriter(Entry("xl/worksheets/sheet2.xml", CompressionLevel.Fastest), FindingRow.Headers, FindingWidths, selected: false);
    }

    public void Add(ImportResult result)
    {
        foreach (var row in FindingRow.Of(result))
        {
            if (_findings.Full)
            {
                _dropped++;
                continue;
            }
            _findings.Row([row.File, row.Department, row.Year, row.Kind, row.Severity.ToChinese(), row.Message, row.Place, row.Quote, row.Stated, row.Computed]);
        }
    }

    public void Complete(AuditSummary summary)
    {
        if (_completed)
            return;
        _completed = true;
        _findings.End();
        _findings.Dispose();
        using (var sheet = new XlsxSheetWriter(Entry("xl/worksheets/sheet1.xml"), SummaryHeaders, SummaryWidths, selected: true))
        {
            WriteSummary(sheet, summary);
            sheet.End();
        }
        Save("xl/workbook.xml", new Workbook(
            new BookViews(new WorkbookView { ActiveTab = 0 }),
            new Sheets(
                new Sheet { Name = SummarySheet, SheetId = 1, Id = "rId1" },
                new Sheet { Name = FindingsSheet, SheetId = 2, Id = "rId2" })));
        Save("xl/styles.xml", Styles());
        Text("xl/_rels/workbook.xml.rels", """
            <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
            <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/><Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet2.xml"/><Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/></Relationships>
            """);
        Text("_rels/.rels", """
            <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
            <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>
            """);
        Text("[Content_Types].xml", """
            <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
            <Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/><Override PartName="/xl/worksheets/sheet2.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/><Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/></Types>
            """);
    }

    public void Dispose()
    {
        _findings.Dispose();
        _zip.Dispose();
    }

    private void WriteSummary(XlsxSheetWriter sheet, AuditSummary summary)
    {
        sheet.Row(["总体", "文档", null, null, null, null, null, summary.Documents, null]);
        sheet.Row(["总体", "成功读取", null, null, null, null, null, summary.Read, null]);
        sheet.Row(["总体", "无法读取", null, null, null, null, null, summary.Unreadable.Count, null]);
        var t = summary.Totals;
        sheet.Row(["总体", "全部问题", null, null, t.Errors, t.Warnings, t.Infos, t.Total,
            $"有问题的文档 {summary.DocumentsWithFindings} 份，其中有错误的 {summary.DocumentsWithErrors} 份"]);
        if (_dropped > 0)
            sheet.Row(["总体", "未列入问题明细", null, null, null, null, null, _dropped, $"超出 Excel 每表 {XlsxSheetWriter.MaxRows} 行的上限；完整明细请用 --out 输出 CSV"]);
        foreach (var (kind, c) in summary.ByKind)
            sheet.Row(["问题类型", kind, null, null, c.Errors, c.Warnings, c.Infos, c.Total, FindingKindNames.ToChinese(kind)]);
        foreach (var d in summary.Worst)
            sheet.Row(["问题最多的文档", d.File, d.Department, d.Year, d.Counts.Errors, d.Counts.Warnings, d.Counts.Infos, d.Counts.Total, null]);
        foreach (var u in summary.Unreadable)
            sheet.Row(["无法读取", u.File, null, null, null, null, null, null, u.Error]);
    }

    /// <summary>Style 0 the default, style 1 bold (<see cref="XlsxSheetWriter.BoldStyle"/>), in a font Chinese Excel ships.</summary>
    private static Stylesheet Styles() => new(
        new Fonts(
            new Font(new FontSize { Val = 11 }, new FontName { Val = "等线" }, new FontFamilyNumbering { Val = 2 }, new FontCharSet { Val = 134 }),
            new Font(new Bold(), new FontSize { Val = 11 }, new FontName { Val = "等线" }, new FontFamilyNumbering { Val = 2 }, new FontCharSet { Val = 134 }))
        { Count = 2 },
        new Fills(new Fill(new PatternFill { PatternType = PatternValues.None }), new Fill(new PatternFill { PatternType = PatternValues.Gray125 })) { Count = 2 },
        new Borders(new Border(new LeftBorder(), new RightBorder(), new TopBorder(), new BottomBorder(), new DiagonalBorder())) { Count = 1 },
        new CellStyleFormats(new CellFormat { NumberFormatId = 0, FontId = 0, FillId = 0, BorderId = 0 }) { Count = 1 },
        new CellFormats(
            new CellFormat { NumberFormatId = 0, FontId = 0, FillId = 0, BorderId = 0, FormatId = 0 },
            new CellFormat { NumberFormatId = 0, FontId = 1, FillId = 0, BorderId = 0, FormatId = 0, ApplyFont = true })
        { Count = 2 },
        new CellStyles(new CellStyle { Name = "Normal", FormatId = 0, BuiltinId = 0 }) { Count = 1 });

    private Stream Entry(string name, CompressionLevel level = CompressionLevel.Optimal) => _zip.CreateEntry(name, level).Open();

    private void Save(string name, OpenXmlPartRootElement root)
    {
        using var stream = Entry(name);
        root.Save(stream);
    }

    private void Text(string name, string xml)
    {
        using var stream = Entry(name);
        stream.Write(Encoding.UTF8.GetBytes(xml));
    }
}
