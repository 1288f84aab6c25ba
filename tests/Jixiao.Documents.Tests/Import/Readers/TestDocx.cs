using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using Jixiao.Documents.Tests.Import.RoundTrip;
using WordTable = DocumentFormat.OpenXml.Wordprocessing.Table;

namespace Jixiao.Documents.Tests.Import.Readers;

/// <summary>Builds small Word documents in the tests, with the OpenXml SDK the reader uses.</summary>
internal static class TestDocx
{
    public static string Write(string path, params OpenXmlElement[] body)
    {
        using var document = WordprocessingDocument.Create(path, WordprocessingDocumentType.Document);
        document.AddMainDocumentPart().Document = new Document(new Body(body));
        return path;
    }

    public static Paragraph Paragraph(params OpenXmlElement[] runContent) => new(new Run(runContent));

    public static Paragraph Paragraph(string text) => Paragraph(Text(text));

    public static Text Text(string text) => new(text) { Space = SpaceProcessingModeValues.Preserve };

    public static Paragraph PageBreak() => Paragraph(new Break { Type = BreakValues.Page });

    /// <summary>A bordered table (so LibreOffice draws the rules a PDF reader may use).</summary>
    public static WordTable BorderedTable(int columns, params TableRow[] rows)
    {
        var borders = CorpusDocx.SingleBorders();
        var grid = new TableGrid(Enumerable.Range(0, columns).Select(_ => new GridColumn { Width = "2000" }));
        var table = new WordTable(new TableProperties(borders, new TableWidth { Width = "5000", Type = TableWidthUnitValues.Pct }), grid);
        table.Append(rows);
        return table;
    }

    public static TableRow Row(params TableCell[] cells) => new(cells);

    public static TableRow Row(params string[] cells) => new(cells.Select(c => Cell(c)));

    public static TableCell Cell(string text, int span = 1, MergedCellValues? verticalMerge = null)
    {
        var properties = new TableCellProperties();
        if (span > 1)
        {
            properties.Append(new GridSpan { Val = span });
        }

        if (verticalMerge is { } merge)
        {
            properties.Append(merge == MergedCellValues.Continue ? new VerticalMerge() : new VerticalMerge { Val = merge });
        }

        return new TableCell(properties, Paragraph(text));
    }
}
