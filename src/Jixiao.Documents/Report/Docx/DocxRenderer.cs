using System.Globalization;
using System.Text;
using System.Xml;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using Jixiao.Documents.Table.Xlsx;

namespace Jixiao.Documents.Report.Docx;

/// <summary>
/// Writes a <see cref="ReportDocument"/> as WordprocessingML. The body is streamed with an XmlWriter (escaping
/// done for us, no DOM to build); the fixed parts come from <see cref="DocxParts"/>. Page breaks are section and
/// paragraph properties (the cover is a section, an attachment starts with pageBreakBefore), never empty
/// paragraphs; headings keep with what follows; table rows never split and a block of rows keeps together.
/// </summary>
internal static class DocxRenderer
{
    private const string R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

    /// <summary>Cell font size and the cell margins left plus right, in points.</summary>
    private const double CellSize = 10;
    private const double CellPadding = 2 * 57 / 20.0;

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
        var odd = main.AddNewPart<FooterPart>();
        Feed(odd, DocxParts.Footer("right"));
        var even = main.AddNewPart<FooterPart>();
        Feed(even, DocxParts.Footer("left"));
        var header = main.AddNewPart<HeaderPart>();
        Feed(header, report.Draft ? DocxParts.DraftHeader : DocxParts.EmptyHeader);
        var ids = new SectionParts(main.GetIdOfPart(header), main.GetIdOfPart(odd), main.GetIdOfPart(even));

        using var stream = main.GetStream(FileMode.Create, FileAccess.Write);
        using var xml = XmlWriter.Create(stream, new XmlWriterSettings { Encoding = new UTF8Encoding(false) });
        xml.WriteStartDocument(true);
        xml.WriteStartElement("w", "document", DocxParts.Namespace);
        xml.WriteAttributeString("xmlns", "r", null, R);
        xml.WriteStartElement("w", "body", DocxParts.Namespace);
        if (report.Cover is { } cover)
            WriteCover(xml, report, cover, ids);
        Title(xml, "Title", report.TitleLines);
        foreach (var block in report.Blocks)
        {
            switch (block)
            {
                case ReportHeading h:
                    Paragraph(xml, "Heading" + Math.Clamp(h.Level, 1, 4).ToString(CultureInfo.InvariantCulture), h.Text);
                    break;
                case ReportParagraph p:
                    Body(xml, p);
                    break;
                case ReportAppendix a:
                    Paragraph(xml, "AppendixLabel", a.Label);
                    Title(xml, "AppendixTitle", [a.Title]);
                    break;
                case ReportTable t:
                    WriteTable(xml, t);
                    break;
            }
        }
        // The body's own section: the page-number footers, numbering from 1 after the cover.
        xml.WriteRaw($"""<w:sectPr>{ids.References(footers: true)}{DocxParts.SectionPage}<w:pgNumType w:start="1"/><w:cols w:space="425"/>{DocxParts.Grid}</w:sectPr>""");
        xml.WriteEndElement();
        xml.WriteEndElement();
        xml.WriteEndDocument();
    }

    /// <summary>The cover is a section of its own so it carries no page number and the body starts at 1.</summary>
    private static void WriteCover(XmlWriter xml, ReportDocument report, ReportCover cover, SectionParts ids)
    {
        xml.WriteRaw("""<w:p><w:pPr><w:pStyle w:val="Title"/><w:spacing w:before="3600" w:after="3600"/></w:pPr>""");
        Lines(xml, report.TitleLines);
        xml.WriteRaw("</w:p>");
        Paragraph(xml, "CoverField", $"部门名称（盖章）：{cover.Department}");
        Paragraph(xml, "CoverField", $"年　　度：{cover.Year.ToString(CultureInfo.InvariantCulture)}年度");
        xml.WriteRaw("""<w:p><w:pPr><w:pStyle w:val="CoverField"/>""");
        xml.WriteRaw($"""<w:sectPr>{ids.References(footers: false)}<w:type w:val="nextPage"/>{DocxParts.SectionPage}<w:cols w:space="425"/>{DocxParts.Grid}</w:sectPr></w:pPr>""");
        Run(xml, $"填报日期：{cover.FilledOnText}", bold: false);
        xml.WriteRaw("</w:p>");
    }

    private static void Title(XmlWriter xml, string style, IReadOnlyList<string> lines)
    {
        xml.WriteRaw($"""<w:p><w:pPr><w:pStyle w:val="{style}"/></w:pPr>""");
        Lines(xml, lines);
        xml.WriteRaw("</w:p>");
    }

    /// <summary>Title lines broken where the composer broke them (a phrase boundary), not where the width runs out.</summary>
    private static void Lines(XmlWriter xml, IReadOnlyList<string> lines)
    {
        for (var i = 0; i < lines.Count; i++)
        {
            if (i > 0)
                xml.WriteRaw("<w:r><w:br/></w:r>");
            Run(xml, lines[i], bold: false);
        }
    }

    private static void Body(XmlWriter xml, ReportParagraph p)
    {
        xml.WriteStartElement("w", "p", DocxParts.Namespace);
        if (p.Lead.Length > 0)
            Run(xml, p.Lead, bold: true);
        Run(xml, p.Text, bold: false);
        xml.WriteEndElement();
    }

    private static void Paragraph(XmlWriter xml, string? style, string text, CellAlign? align = null, bool bold = false, bool keepNext = false)
    {
        xml.WriteStartElement("w", "p", DocxParts.Namespace);
        if (style is not null || align is not null || keepNext)
        {
            xml.WriteStartElement("w", "pPr", DocxParts.Namespace);
            if (style is not null)
                Val(xml, "pStyle", style);
            if (keepNext)
                xml.WriteRaw("<w:keepNext/>");
            if (align is { } a)
                Val(xml, "jc", a switch { CellAlign.Center => "center", CellAlign.Right => "right", _ => "left" });
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
        var parts = Clean(text).Split('\n');
        for (var i = 0; i < parts.Length; i++)
        {
            if (i > 0)
                xml.WriteRaw("<w:br/>");
            xml.WriteStartElement("w", "t", DocxParts.Namespace);
            xml.WriteAttributeString("xml", "space", null, "preserve");
            xml.WriteString(parts[i]);
            xml.WriteEndElement();
        }
        xml.WriteEndElement();
    }

    /// <summary>
    /// The caption line, then the grid as one Word table per header row, so each part repeats its own column
    /// headers on the pages it continues on (Word repeats only the rows at the top of a table).
    /// </summary>
    private static void WriteTable(XmlWriter xml, ReportTable table)
    {
        if (table.CaptionLeft.Length > 0 || table.CaptionRight.Length > 0)
        {
            xml.WriteRaw("""<w:p><w:pPr><w:pStyle w:val="TableCaption"/></w:pPr>""");
            Run(xml, table.CaptionLeft, bold: false);
            if (table.CaptionRight.Length > 0)
            {
                xml.WriteRaw("<w:r><w:tab/></w:r>");
                Run(xml, table.CaptionRight, bold: false);
            }
            xml.WriteRaw("</w:p>");
        }
        var widths = ColumnWidths.Fit(table, DocxParts.TextWidth / 20.0, CellSize, CellPadding).Select(w => (int)Math.Floor(w * 20)).ToArray();
        var origins = Origins(table);
        var start = 0;
        for (var r = 1; r <= table.Rows.Count; r++)
        {
            if (r < table.Rows.Count && !table.Rows[r].Header)
                continue;
            if (start > 0)
                xml.WriteRaw("""<w:p><w:pPr><w:pStyle w:val="TableGap"/></w:pPr></w:p>""");
            Segment(xml, table, widths, origins, start, r);
            start = r;
        }
        // Word wants a paragraph after a table; this one also ends the attachment.
        xml.WriteRaw("""<w:p><w:pPr><w:pStyle w:val="TableText"/></w:pPr></w:p>""");
    }

    private static void Segment(XmlWriter xml, ReportTable table, int[] widths, (int Row, int Col)[,] origins, int first, int end)
    {
        xml.WriteStartElement("w", "tbl", DocxParts.Namespace);
        xml.WriteRaw("""<w:tblPr><w:tblStyle w:val="TableGrid"/><w:tblW w:w="0" w:type="auto"/><w:jc w:val="center"/><w:tblLayout w:type="fixed"/><w:tblCellMar><w:top w:w="30" w:type="dxa"/><w:left w:w="57" w:type="dxa"/><w:bottom w:w="30" w:type="dxa"/><w:right w:w="57" w:type="dxa"/></w:tblCellMar></w:tblPr>""");
        xml.WriteStartElement("w", "tblGrid", DocxParts.Namespace);
        foreach (var width in widths)
            xml.WriteRaw($"""<w:gridCol w:w="{width.ToString(CultureInfo.InvariantCulture)}"/>""");
        xml.WriteEndElement();
        for (var r = first; r < end; r++)
        {
            var row = table.Rows[r];
            // A block keeps together: every row but its last keeps with the next.
            var keep = row.Block != 0 && r + 1 < end && table.Rows[r + 1].Block == row.Block;
            xml.WriteStartElement("w", "tr", DocxParts.Namespace);
            xml.WriteRaw(row.Header && r == first ? "<w:trPr><w:cantSplit/><w:tblHeader/></w:trPr>" : "<w:trPr><w:cantSplit/></w:trPr>");
            for (var c = 0; c < widths.Length;)
            {
                var (or, oc) = origins[r, c];
                var origin = table.Rows[or].Cells[oc]!;
                var span = origin.ColSpan;
                var width = widths.Skip(c).Take(span).Sum();
                var merge = origin.RowSpan > 1 ? (or == r ? """<w:vMerge w:val="restart"/>""" : "<w:vMerge/>") : "";
                var gridSpan = span > 1 ? $"""<w:gridSpan w:val="{span.ToString(CultureInfo.InvariantCulture)}"/>""" : "";
                xml.WriteStartElement("w", "tc", DocxParts.Namespace);
                xml.WriteRaw($"""<w:tcPr><w:tcW w:w="{width.ToString(CultureInfo.InvariantCulture)}" w:type="dxa"/>{gridSpan}{merge}{(origin.Header ? """<w:shd w:val="clear" w:color="auto" w:fill="F2F2F2"/>""" : "")}<w:vAlign w:val="center"/></w:tcPr>""");
                var text = or == r ? origin.Text : "";
                Paragraph(xml, origin.Header ? "TableHeader" : "TableText", text, origin.Header ? null : origin.Align, origin.Bold, keep);
                xml.WriteEndElement();
                c += span;
            }
            xml.WriteEndElement();
        }
        xml.WriteEndElement();
    }

    /// <summary>For every grid position, the row and column of the cell that covers it.</summary>
    private static (int Row, int Col)[,] Origins(ReportTable table)
    {
        var columns = table.Columns.Count;
        var origins = new (int, int)[table.Rows.Count, columns];
        for (var r = 0; r < table.Rows.Count; r++)
        {
            for (var c = 0; c < columns; c++)
                origins[r, c] = (r, c);
        }
        for (var r = 0; r < table.Rows.Count; r++)
        {
            for (var c = 0; c < columns; c++)
            {
                if (table.Rows[r].Cells[c] is not { } cell)
                    continue;
                for (var dr = 0; dr < cell.RowSpan && r + dr < table.Rows.Count; dr++)
                {
                    for (var dc = 0; dc < cell.ColSpan && c + dc < columns; dc++)
                        origins[r + dr, c + dc] = (r, c);
                }
            }
        }
        return origins;
    }

    private static void Val(XmlWriter xml, string element, string value)
    {
        xml.WriteStartElement("w", element, DocxParts.Namespace);
        xml.WriteAttributeString("w", "val", DocxParts.Namespace, value);
        xml.WriteEndElement();
    }

    /// <summary>Drops control characters XML 1.0 cannot carry (a stray one in pasted text would break the file); a line break stays.</summary>
    private static string Clean(string text)
    {
        foreach (var c in text)
        {
            if (c < ' ' && c != '\t' && c != '\n')
                return string.Concat(text.Where(ch => ch >= ' ' || ch == '\t' || ch == '\n'));
        }
        return text;
    }

    private static void Feed(OpenXmlPart part, string xml)
    {
        using var stream = part.GetStream(FileMode.Create, FileAccess.Write);
        stream.Write(Encoding.UTF8.GetBytes(xml));
    }

    /// <summary>The relationship ids a section refers to: the header on every page, the footers on numbered pages.</summary>
    private sealed record SectionParts(string Header, string OddFooter, string EvenFooter)
    {
        public string References(bool footers) =>
            $"""<w:headerReference w:type="default" r:id="{Header}"/><w:headerReference w:type="even" r:id="{Header}"/>"""
            + (footers ? $"""<w:footerReference w:type="default" r:id="{OddFooter}"/><w:footerReference w:type="even" r:id="{EvenFooter}"/>""" : "");
    }
}
