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
/// The layout variants (Import/Variants) pass their own table layout: merged cells, narrow columns.
/// </summary>
internal static class CorpusDocx
{
    // A4 portrait with 2 cm margins, in twentieths of a point: what Chinese government templates use.
    private const int PageWidth = 11906;
    private const int PageHeight = 16838;
    private const int Margin = 1134;

    /// <summary>The usable width of the page: what a table spans by default.</summary>
    public const int TextWidth = PageWidth - 2 * Margin;

    /// <param name="layout">How a run of table rows becomes a Word table; by default one cell per column, evenly wide.</param>
    public static void Write(SourceDocument document, string path, Func<IReadOnlyList<IReadOnlyList<string>>, WordGrid>? layout = null)
    {
        layout ??= rows => WordGrid.Even(rows, TextWidth);
        using var docx = WordprocessingDocument.Create(path, WordprocessingDocumentType.Document);
        var main = docx.AddMainDocumentPart();
        AddStyles(main);
        var body = new Body();
        var rows = new List<IReadOnlyList<string>>();
        foreach (var line in document.Lines)
        {
            if (line.Cells is { } cells)
            {
                // A row numbered 1 starts a new table even right after another one; an empty paragraph keeps the two
                // apart, as Word does (tables that touch are one table to Word and LibreOffice).
                if (line.TableRow == 1 && rows.Count > 0)
                {
                    body.Append(Table(layout, rows));
                    body.Append(new Paragraph());
                }
                rows.Add(cells);
                continue;
            }
            // Blank lines and Markdown rules inside a table belong to it (the text reader keeps the table going).
            if (rows.Count > 0 && (line.Text.Trim().Length == 0 || line.Text.Trim().Trim('|', '-', ':', ' ').Length == 0))
                continue;
            if (rows.Count > 0)
                body.Append(Table(layout, rows));
            body.Append(Paragraph(line.Text));
        }
        if (rows.Count > 0)
            body.Append(Table(layout, rows));
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

    private static Paragraph Paragraph(string text, int? fontSize = null)
    {
        if (text.Length == 0)
            return new Paragraph();
        var run = new Run(new Text(text) { Space = SpaceProcessingModeValues.Preserve });
        if (fontSize is { } size)
            run.PrependChild(new RunProperties(new FontSize { Val = size.ToString(CultureInfo.InvariantCulture) }));
        return new Paragraph(run);
    }

    /// <summary>Single rules round and inside a table, so LibreOffice draws the lines a PDF reader may use.</summary>
    internal static TableBorders NoBorders() => new(
        new TopBorder { Val = BorderValues.None },
        new BottomBorder { Val = BorderValues.None },
        new LeftBorder { Val = BorderValues.None },
        new RightBorder { Val = BorderValues.None },
        new InsideHorizontalBorder { Val = BorderValues.None },
        new InsideVerticalBorder { Val = BorderValues.None });

    internal static TableBorders SingleBorders() => new(
        new TopBorder { Val = BorderValues.Single, Size = 4 },
        new BottomBorder { Val = BorderValues.Single, Size = 4 },
        new LeftBorder { Val = BorderValues.Single, Size = 4 },
        new RightBorder { Val = BorderValues.Single, Size = 4 },
        new InsideHorizontalBorder { Val = BorderValues.Single, Size = 4 },
        new InsideVerticalBorder { Val = BorderValues.Single, Size = 4 });

    private static WordTable Table(Func<IReadOnlyList<IReadOnlyList<string>>, WordGrid> layout, List<IReadOnlyList<string>> rows)
    {
        var table = Table(layout([.. rows]));
        rows.Clear();
        return table;
    }

    /// <summary>A table (bordered unless the grid says otherwise) with fixed column widths; spans become gridSpan, vertical merges vMerge.</summary>
    private static WordTable Table(WordGrid grid)
    {
        var tableProperties = new TableProperties(grid.Ruled ? SingleBorders() : NoBorders(), new TableWidth { Width = Twips(grid.ColumnWidths.Sum()), Type = TableWidthUnitValues.Dxa }, new TableLayout { Type = TableLayoutValues.Fixed });
        if (grid.CellMargin is { } margin)
            tableProperties.Append(new TableCellMarginDefault(new TableCellLeftMargin { Width = (short)margin, Type = TableWidthValues.Dxa }, new TableCellRightMargin { Width = (short)margin, Type = TableWidthValues.Dxa }));
        var table = new WordTable(
            tableProperties,
            new TableGrid(grid.ColumnWidths.Select(w => new GridColumn { Width = Twips(w) })));
        foreach (var cells in grid.Rows)
        {
            var row = new WordTableRow();
            var column = 0;
            foreach (var cell in cells)
            {
                var properties = new TableCellProperties(new TableCellWidth { Width = Twips(grid.ColumnWidths.Skip(column).Take(cell.Span).Sum()), Type = TableWidthUnitValues.Dxa });
                if (cell.Span > 1)
                    properties.Append(new GridSpan { Val = cell.Span });
                if (cell.Merge != CellMerge.None)
                    properties.Append(new VerticalMerge { Val = cell.Merge == CellMerge.Restart ? MergedCellValues.Restart : MergedCellValues.Continue });
                row.Append(new TableCell(properties, Paragraph(cell.Merge == CellMerge.Continue ? "" : cell.Text, grid.FontSize)));
                column += cell.Span;
            }
            table.Append(row);
        }
        return table;
    }

    private static string Twips(int width) => width.ToString(CultureInfo.InvariantCulture);
}
