using System.Globalization;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using Jixiao.Documents.Import;
using WordTable = DocumentFormat.OpenXml.Wordprocessing.Table;
using WordTableRow = DocumentFormat.OpenXml.Wordprocessing.TableRow;

namespace Jixiao.Documents.Tests.Import.RoundTrip;

/// <summary>
/// Writes a text document as the Word file it was exported from: each text line a paragraph, each run of table rows
/// (tab- or pipe-separated cells, as the text reader splits them) a real bordered Word table. Shared with the
/// corpus maker of the import benchmark (bench/Jixiao.CorpusMaker links this file), so both use the same layouts.
/// </summary>
internal static class CorpusDocx
{
    // A4 portrait with 2 cm margins, in twentieths of a point: what Chinese government templates use.
    private const int PageWidth = 11906;
    private const int PageHeight = 16838;
    private const int Margin = 1134;

    public static void Write(SourceDocument document, string path)
    {
        using var docx = WordprocessingDocument.Create(path, WordprocessingDocumentType.Document);
        var main = docx.AddMainDocumentPart();
        AddStyles(main);
        var body = new Body();
        var rows = new List<IReadOnlyList<string>>();
        foreach (var line in document.Lines)
        {
            if (line.Cells is { } cells)
            {
                // A row numbered 1 starts a new table even right after another one.
                if (line.TableRow == 1 && rows.Count > 0)
                    body.Append(Table(rows));
                rows.Add(cells);
                continue;
            }
            // Blank lines and Markdown rules inside a table belong to it (the text reader keeps the table going).
            if (rows.Count > 0 && (line.Text.Trim().Length == 0 || line.Text.Trim().Trim('|', '-', ':', ' ').Length == 0))
                continue;
            if (rows.Count > 0)
                body.Append(Table(rows));
            body.Append(Paragraph(line.Text));
        }
        if (rows.Count > 0)
            body.Append(Table(rows));
        body.Append(new SectionProperties(
            new PageSize { Width = PageWidth, Height = PageHeight },
            new PageMargin { Top = Margin, Bottom = Margin, Left = (uint)Margin, Right = (uint)Margin, Header = 851, Footer = 992, Gutter = 0 }));
        main.Document = new Document(body);
    }

    /// <summary>A plain CJK TrueType font as the default, so LibreOffice embeds real glyphs with a usable ToUnicode map.</summary>
    private static void AddStyles(MainDocumentPart main)
    {
        var styles = main.AddNewPart<StyleDefinitionsPart>();
        styles.Styles = new Styles(new DocDefaults(
            new RunPropertiesDefault(new RunPropertiesBaseStyle(
                new RunFonts { Ascii = "Noto Serif CJK SC", HighAnsi = "Noto Serif CJK SC", EastAsia = "Noto Serif CJK SC" },
                new FontSize { Val = "21" },
                new Languages { EastAsia = "zh-CN" })),
            new ParagraphPropertiesDefault(new ParagraphPropertiesBaseStyle(new SpacingBetweenLines { After = "0", Line = "300", LineRule = LineSpacingRuleValues.Auto }))));
    }

    private static Paragraph Paragraph(string text) =>
        text.Length == 0 ? new Paragraph() : new Paragraph(new Run(new Text(text) { Space = SpaceProcessingModeValues.Preserve }));

    /// <summary>Single rules round and inside a table, so LibreOffice draws the lines a PDF reader may use.</summary>
    internal static TableBorders SingleBorders() => new(
        new TopBorder { Val = BorderValues.Single, Size = 4 },
        new BottomBorder { Val = BorderValues.Single, Size = 4 },
        new LeftBorder { Val = BorderValues.Single, Size = 4 },
        new RightBorder { Val = BorderValues.Single, Size = 4 },
        new InsideHorizontalBorder { Val = BorderValues.Single, Size = 4 },
        new InsideVerticalBorder { Val = BorderValues.Single, Size = 4 });

    /// <summary>A bordered table over the page width; short rows are padded so the grid is rectangular, as Word's is.</summary>
    private static WordTable Table(List<IReadOnlyList<string>> rows)
    {
        var columns = rows.Max(r => r.Count);
        var width = (PageWidth - 2 * Margin) / columns;
        var borders = SingleBorders();
        var table = new WordTable(
            new TableProperties(borders, new TableWidth { Width = (width * columns).ToString(CultureInfo.InvariantCulture), Type = TableWidthUnitValues.Dxa }, new TableLayout { Type = TableLayoutValues.Fixed }),
            new TableGrid(Enumerable.Range(0, columns).Select(_ => new GridColumn { Width = width.ToString(CultureInfo.InvariantCulture) })));
        foreach (var cells in rows)
        {
            var row = new WordTableRow();
            for (var i = 0; i < columns; i++)
            {
                var text = i < cells.Count ? cells[i] : "";
                row.Append(new TableCell(
                    new TableCellProperties(new TableCellWidth { Width = width.ToString(CultureInfo.InvariantCulture), Type = TableWidthUnitValues.Dxa }),
                    Paragraph(text)));
            }
            table.Append(row);
        }
        rows.Clear();
        return table;
    }
}
