using System.Globalization;
using System.Text;
using System.Xml;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;

namespace Jixiao.Documents.Report.Docx;

/// <summary>
/// Writes a <see cref="ReportDocument"/> as WordprocessingML. The body is streamed with an XmlWriter (escaping
/// done for us, no DOM to build); the fixed parts come from <see cref="DocxParts"/>.
/// </summary>
internal static class DocxRenderer
{
    private const string R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

    public static void Write(ReportDocument report, Stream output)
    {
        using var document = WordprocessingDocument.Create(output, WordprocessingDocumentType.Document);
        document.PackageProperties.Title = report.Title;
        document.PackageProperties.Creator = "Jixiao";
        document.PackageProperties.Created = DateTime.UtcNow;
        var main = document.AddMainDocumentPart();
        Feed(main.AddNewPart<StyleDefinitionsPart>(), DocxParts.Styles);
        Feed(main.AddNewPart<FontTablePart>(), DocxParts.Fonts);
        Feed(main.AddNewPart<DocumentSettingsPart>(), DocxParts.Settings);
        var footer = main.AddNewPart<FooterPart>();
        Feed(footer, DocxParts.Footer);

        using var stream = main.GetStream(FileMode.Create, FileAccess.Write);
        using var xml = XmlWriter.Create(stream, new XmlWriterSettings { Encoding = new UTF8Encoding(false) });
        xml.WriteStartDocument(true);
        xml.WriteStartElement("w", "document", DocxParts.Namespace);
        xml.WriteAttributeString("xmlns", "r", null, R);
        xml.WriteStartElement("w", "body", DocxParts.Namespace);
        if (report.Cover is { } cover)
            WriteCover(xml, report.Title, cover);
        Paragraph(xml, "Title", report.Title);
        foreach (var block in report.Blocks)
        {
            switch (block)
            {
                case ReportHeading h:
                    Paragraph(xml, "Heading" + Math.Clamp(h.Level, 1, 4).ToString(CultureInfo.InvariantCulture), h.Text);
                    break;
                case ReportParagraph p:
                    Paragraph(xml, null, p.Text);
                    break;
                case ReportPageBreak:
                    PageBreak(xml);
                    break;
                case ReportTable t:
                    WriteTable(xml, t);
                    break;
            }
        }
        // The body's own section: A4, the page-number footer, numbering from 1 after the cover.
        xml.WriteStartElement("w", "sectPr", DocxParts.Namespace);
        xml.WriteStartElement("w", "footerReference", DocxParts.Namespace);
        xml.WriteAttributeString("w", "type", DocxParts.Namespace, "default");
        xml.WriteAttributeString("r", "id", R, main.GetIdOfPart(footer));
        xml.WriteEndElement();
        xml.WriteRaw(DocxParts.SectionPage);
        xml.WriteRaw("""<w:pgNumType w:start="1"/><w:cols w:space="425"/>""");
        xml.WriteEndElement();
        xml.WriteEndElement();
        xml.WriteEndElement();
        xml.WriteEndDocument();
    }

    /// <summary>The cover is a section of its own so it carries no page number and the body starts at 1.</summary>
    private static void WriteCover(XmlWriter xml, string title, ReportCover cover)
    {
        xml.WriteRaw("""<w:p><w:pPr><w:pStyle w:val="Title"/><w:spacing w:before="3600" w:after="3600" w:line="240" w:lineRule="auto"/></w:pPr>""");
        Run(xml, title, bold: false);
        xml.WriteRaw("</w:p>");
        Paragraph(xml, "CoverField", $"部门名称（盖章）：{cover.Department}");
        Paragraph(xml, "CoverField", $"年　　度：{cover.Year} 年度");
        Paragraph(xml, "CoverField", $"填报日期：{cover.FilledOnText}");
        xml.WriteRaw($"""<w:p><w:pPr><w:pStyle w:val="CoverField"/><w:sectPr><w:type w:val="nextPage"/>{DocxParts.SectionPage}<w:cols w:space="425"/></w:sectPr></w:pPr></w:p>""");
    }

    private static void Paragraph(XmlWriter xml, string? style, string text, string? align = null, bool bold = false)
    {
        xml.WriteStartElement("w", "p", DocxParts.Namespace);
        if (style is not null || align is not null)
        {
            xml.WriteStartElement("w", "pPr", DocxParts.Namespace);
            if (style is not null)
                Val(xml, "pStyle", style);
            if (align is not null)
                Val(xml, "jc", align);
            xml.WriteEndElement();
        }
        Run(xml, text, bold);
        xml.WriteEndElement();
    }

    private static void Run(XmlWriter xml, string text, bool bold)
    {
        if (text.Length == 0)
            return;
        xml.WriteStartElement("w", "r", DocxParts.Namespace);
        if (bold)
            xml.WriteRaw("<w:rPr><w:b/><w:bCs/></w:rPr>");
        xml.WriteStartElement("w", "t", DocxParts.Namespace);
        xml.WriteAttributeString("xml", "space", null, "preserve");
        xml.WriteString(Clean(text));
        xml.WriteEndElement();
        xml.WriteEndElement();
    }

    private static void PageBreak(XmlWriter xml) => xml.WriteRaw("""<w:p><w:r><w:br w:type="page"/></w:r></w:p>""");

    private static void WriteTable(XmlWriter xml, ReportTable table)
    {
        var total = table.Columns.Sum(c => c.Width);
        var widths = table.Columns.Select(c => (int)(DocxParts.TextWidth * c.Width / total)).ToArray();
        xml.WriteStartElement("w", "tbl", DocxParts.Namespace);
        xml.WriteRaw("""<w:tblPr><w:tblStyle w:val="TableGrid"/><w:tblW w:w="5000" w:type="pct"/><w:jc w:val="center"/><w:tblLayout w:type="fixed"/><w:tblCellMar><w:left w:w="57" w:type="dxa"/><w:right w:w="57" w:type="dxa"/></w:tblCellMar></w:tblPr>""");
        xml.WriteStartElement("w", "tblGrid", DocxParts.Namespace);
        foreach (var width in widths)
        {
            xml.WriteStartElement("w", "gridCol", DocxParts.Namespace);
            xml.WriteAttributeString("w", "w", DocxParts.Namespace, width.ToString(CultureInfo.InvariantCulture));
            xml.WriteEndElement();
        }
        xml.WriteEndElement();

        Row(xml, table.Columns.Select(c => c.Title).ToList(), widths, table.Columns, header: true, bold: false);
        foreach (var row in table.Rows)
            Row(xml, row.Cells, widths, table.Columns, header: false, bold: row.Emphasis);
        xml.WriteEndElement();
        // Word wants a paragraph between a table and what follows; an empty one also ends the body cleanly.
        xml.WriteRaw("""<w:p><w:pPr><w:pStyle w:val="TableText"/></w:pPr></w:p>""");
    }

    private static void Row(XmlWriter xml, IReadOnlyList<string> cells, int[] widths, IReadOnlyList<ReportColumn> columns, bool header, bool bold)
    {
        xml.WriteStartElement("w", "tr", DocxParts.Namespace);
        xml.WriteRaw(header ? "<w:trPr><w:cantSplit/><w:tblHeader/></w:trPr>" : "<w:trPr><w:cantSplit/></w:trPr>");
        for (var i = 0; i < widths.Length; i++)
        {
            xml.WriteStartElement("w", "tc", DocxParts.Namespace);
            xml.WriteRaw($"""<w:tcPr><w:tcW w:w="{widths[i].ToString(CultureInfo.InvariantCulture)}" w:type="dxa"/><w:vAlign w:val="center"/></w:tcPr>""");
            var text = i < cells.Count ? cells[i] : "";
            Paragraph(xml, header ? "TableHeader" : "TableText", text, !header && columns[i].Numeric ? "center" : null, bold);
            xml.WriteEndElement();
        }
        xml.WriteEndElement();
    }

    private static void Val(XmlWriter xml, string element, string value)
    {
        xml.WriteStartElement("w", element, DocxParts.Namespace);
        xml.WriteAttributeString("w", "val", DocxParts.Namespace, value);
        xml.WriteEndElement();
    }

    /// <summary>Drops control characters XML 1.0 cannot carry (a stray one in pasted text would break the file).</summary>
    private static string Clean(string text)
    {
        foreach (var c in text)
        {
            if (c < ' ' && c != '\t')
                return string.Concat(text.Where(ch => ch >= ' ' || ch == '\t'));
        }
        return text;
    }

    private static void Feed(OpenXmlPart part, string xml)
    {
        using var stream = part.GetStream(FileMode.Create, FileAccess.Write);
        var bytes = Encoding.UTF8.GetBytes(xml);
        stream.Write(bytes);
    }
}
