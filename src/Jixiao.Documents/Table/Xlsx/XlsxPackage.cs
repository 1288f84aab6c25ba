using System.Globalization;
using System.Text;
using System.Xml;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;

namespace Jixiao.Documents.Table.Xlsx;

/// <summary>
/// Saves one <see cref="SheetBuilder"/> as a workbook: shared strings, styles, the sheet with merges, widths and
/// heights, A4 page setup fitted to one page wide, the print area, and full recalculation on open so the live
/// formulas are recomputed while their cached values serve readers that do not calculate.
/// </summary>
internal static class XlsxPackage
{
    private const string Main = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
    private const string R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

    public static void Save(SheetBuilder sheet, string title, Stream output, bool draft = false)
    {
        sheet.FitRowHeights();
        using var document = SpreadsheetDocument.Create(output, SpreadsheetDocumentType.Workbook);
        document.PackageProperties.Title = title;
        document.PackageProperties.Creator = "Jixiao";
        document.PackageProperties.Created = DateTime.UtcNow;
        var workbook = document.AddWorkbookPart();
        var worksheet = workbook.AddNewPart<WorksheetPart>();
        var strings = new Dictionary<string, int>(StringComparer.Ordinal);
        using (var stream = worksheet.GetStream(FileMode.Create, FileAccess.Write))
            WriteSheet(sheet, strings, stream, draft);
        Feed(workbook.AddNewPart<SharedStringTablePart>(), SharedStrings(strings));
        Feed(workbook.AddNewPart<WorkbookStylesPart>(), sheet.Styles.Stylesheet());

        var lastColumn = SheetBuilder.Column(sheet.ColumnWidths.Length);
        var area = $"'{sheet.Name}'!$A$1:${lastColumn}${sheet.LastRow.ToString(CultureInfo.InvariantCulture)}";
        var header = sheet.HeaderRows.Count > 0 ? sheet.HeaderRows[^1].ToString(CultureInfo.InvariantCulture) : null;
        var titles = header is null ? "" : $"""<definedName name="_xlnm.Print_Titles" localSheetId="0">{Escape($"'{sheet.Name}'!${header}:${header}")}</definedName>""";
        Feed(workbook, $"""
            <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
            <workbook xmlns="{Main}" xmlns:r="{R}"><bookViews><workbookView/></bookViews><sheets><sheet name="{Escape(sheet.Name)}" sheetId="1" r:id="{workbook.GetIdOfPart(worksheet)}"/></sheets><definedNames><definedName name="_xlnm.Print_Area" localSheetId="0">{Escape(area)}</definedName>{titles}</definedNames><calcPr calcId="191029" fullCalcOnLoad="1"/></workbook>
            """);
    }

    private static void WriteSheet(SheetBuilder sheet, Dictionary<string, int> strings, Stream stream, bool draft)
    {
        using var xml = XmlWriter.Create(stream, new XmlWriterSettings { Encoding = new UTF8Encoding(false) });
        xml.WriteStartDocument(true);
        xml.WriteStartElement("worksheet", Main);
        xml.WriteAttributeString("xmlns", "r", null, R);
        xml.WriteRaw("""<sheetPr><pageSetUpPr fitToPage="1"/></sheetPr>""");
        xml.WriteRaw($"""<dimension ref="A1:{SheetBuilder.Ref(sheet.LastRow, sheet.ColumnWidths.Length)}"/>""");
        xml.WriteRaw("""<sheetViews><sheetView workbookViewId="0"/></sheetViews><sheetFormatPr defaultRowHeight="14.25"/>""");
        xml.WriteStartElement("cols", Main);
        for (var i = 0; i < sheet.ColumnWidths.Length; i++)
        {
            var n = (i + 1).ToString(CultureInfo.InvariantCulture);
            xml.WriteRaw($"""<col min="{n}" max="{n}" width="{sheet.ColumnWidths[i].ToString("0.##", CultureInfo.InvariantCulture)}" customWidth="1"/>""");
        }
        xml.WriteEndElement();

        xml.WriteStartElement("sheetData", Main);
        foreach (var (row, cells) in sheet.Rows)
        {
            xml.WriteStartElement("row", Main);
            xml.WriteAttributeString("r", row.ToString(CultureInfo.InvariantCulture));
            if (sheet.Heights.TryGetValue(row, out var height))
            {
                xml.WriteAttributeString("ht", Math.Round(height, 2).ToString(CultureInfo.InvariantCulture));
                xml.WriteAttributeString("customHeight", "1");
            }
            foreach (var (col, cell) in cells)
                WriteCell(xml, SheetBuilder.Ref(row, col), cell, strings);
            xml.WriteEndElement();
        }
        xml.WriteEndElement();

        if (sheet.Merges.Count > 0)
        {
            xml.WriteStartElement("mergeCells", Main);
            xml.WriteAttributeString("count", sheet.Merges.Count.ToString(CultureInfo.InvariantCulture));
            foreach (var (r1, c1, r2, c2) in sheet.Merges)
                xml.WriteRaw($"""<mergeCell ref="{SheetBuilder.Ref(r1, c1)}:{SheetBuilder.Ref(r2, c2)}"/>""");
            xml.WriteEndElement();
        }
        xml.WriteRaw("""<printOptions horizontalCentered="1"/><pageMargins left="0.59" right="0.59" top="0.79" bottom="0.79" header="0.31" footer="0.31"/>""");
        xml.WriteRaw($"""<pageSetup paperSize="9" orientation="{(sheet.Landscape ? "landscape" : "portrait")}" fitToWidth="1" fitToHeight="0"/>""");
        // A draft says so at the head of every printed page.
        var header = draft ? "<oddHeader>&amp;R&amp;\"黑体,Bold\"&amp;18&amp;KC00000草稿</oddHeader>" : "";
        xml.WriteRaw($"""<headerFooter>{header}<oddFooter>&amp;C第 &amp;P 页，共 &amp;N 页</oddFooter></headerFooter>""");
        var breaks = SheetPagination.RowBreaks(sheet);
        if (breaks.Count > 0)
        {
            var count = breaks.Count.ToString(CultureInfo.InvariantCulture);
            xml.WriteRaw($"""<rowBreaks count="{count}" manualBreakCount="{count}">""");
            foreach (var row in breaks)
                xml.WriteRaw($"""<brk id="{row.ToString(CultureInfo.InvariantCulture)}" max="16383" man="1"/>""");
            xml.WriteRaw("</rowBreaks>");
        }
        xml.WriteEndElement();
        xml.WriteEndDocument();
    }

    private static void WriteCell(XmlWriter xml, string reference, SheetCell cell, Dictionary<string, int> strings)
    {
        xml.WriteStartElement("c", Main);
        xml.WriteAttributeString("r", reference);
        if (cell.Style != 0)
            xml.WriteAttributeString("s", cell.Style.ToString(CultureInfo.InvariantCulture));
        if (cell.Formula is not null)
        {
            if (cell.Text is not null)
                xml.WriteAttributeString("t", "str");
            xml.WriteElementString("f", Main, cell.Formula);
            var cached = cell.Text ?? cell.Number?.ToString(CultureInfo.InvariantCulture);
            if (cached is not null)
                xml.WriteElementString("v", Main, cached);
        }
        else if (cell.Number is { } number)
        {
            xml.WriteElementString("v", Main, number.ToString(CultureInfo.InvariantCulture));
        }
        else if (!string.IsNullOrEmpty(cell.Text))
        {
            if (!strings.TryGetValue(cell.Text, out var index))
            {
                index = strings.Count;
                strings[cell.Text] = index;
            }
            xml.WriteAttributeString("t", "s");
            xml.WriteElementString("v", Main, index.ToString(CultureInfo.InvariantCulture));
        }
        xml.WriteEndElement();
    }

    private static string SharedStrings(Dictionary<string, int> strings)
    {
        var sb = new StringBuilder(4096);
        sb.Append(CultureInfo.InvariantCulture, $"""<?xml version="1.0" encoding="UTF-8" standalone="yes"?><sst xmlns="{Main}" count="{strings.Count}" uniqueCount="{strings.Count}">""");
        foreach (var text in strings.OrderBy(s => s.Value).Select(s => s.Key))
            sb.Append("<si><t xml:space=\"preserve\">").Append(Escape(Clean(text))).Append("</t></si>");
        sb.Append("</sst>");
        return sb.ToString();
    }

    private static string Escape(string text) => System.Security.SecurityElement.Escape(text);

    /// <summary>XML 1.0 cannot carry control characters; a line break stays.</summary>
    private static string Clean(string text) => text.Any(c => c < ' ' && c != '\n' && c != '\t') ? string.Concat(text.Where(c => c >= ' ' || c == '\n' || c == '\t')) : text;

    private static void Feed(OpenXmlPart part, string xml)
    {
        using var stream = part.GetStream(FileMode.Create, FileAccess.Write);
        stream.Write(Encoding.UTF8.GetBytes(xml));
    }
}
