using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace Jixiao.Documents.Tests.Table;

/// <summary>A generated workbook read back with the Open XML SDK: each cell's text, formula, cached value and number format.</summary>
internal sealed class XlsxSheet
{
    private XlsxSheet(Dictionary<string, XlsxCell> cells, List<string> merges, string? printArea, PageSetup? pageSetup, bool fitToPage, bool fullCalcOnLoad)
    {
        Cells = cells;
        Merges = merges;
        PrintArea = printArea;
        PageSetup = pageSetup;
        FitToPage = fitToPage;
        FullCalcOnLoad = fullCalcOnLoad;
    }

    public Dictionary<string, XlsxCell> Cells { get; }

    public List<string> Merges { get; }

    public string? PrintArea { get; }

    public PageSetup? PageSetup { get; }

    public bool FitToPage { get; }

    public bool FullCalcOnLoad { get; }

    /// <summary>The rows repeated at the top of each printed page ('自评表'!$12:$12), if any.</summary>
    public string? PrintTitles { get; private init; }

    /// <summary>Rows after which a printed page ends (manual breaks).</summary>
    public List<int> RowBreaks { get; private init; } = [];

    /// <summary>The oddHeader text of the page setup ("" when none).</summary>
    public string Header { get; private init; } = "";

    public XlsxCell this[string reference] => Cells[reference];

    /// <summary>The first cell whose text is <paramref name="text"/>.</summary>
    public XlsxCell Find(string text) => Cells.Values.FirstOrDefault(c => c.Text == text) ?? throw new Xunit.Sdk.XunitException($"no cell reads “{text}”");

    /// <summary>The cell in the same row as <paramref name="cell"/>, <paramref name="columns"/> to the right.</summary>
    public XlsxCell Right(XlsxCell cell, int columns) => Cells[Column(Index(cell.Column) + columns) + cell.Row];

    public static XlsxSheet Read(string path)
    {
        using var document = SpreadsheetDocument.Open(path, false);
        var workbook = document.WorkbookPart!;
        var strings = workbook.SharedStringTablePart?.SharedStringTable?.Elements<SharedStringItem>().Select(s => s.InnerText).ToArray() ?? [];
        var stylesheet = workbook.WorkbookStylesPart!.Stylesheet!;
        var formats = stylesheet.NumberingFormats?.Elements<NumberingFormat>().ToDictionary(f => f.NumberFormatId!.Value, f => f.FormatCode!.Value!) ?? [];
        var xfs = stylesheet.CellFormats!.Elements<CellFormat>().ToList();
        var part = workbook.WorksheetParts.Single();
        var cells = new Dictionary<string, XlsxCell>(StringComparer.Ordinal);
        foreach (var cell in part.Worksheet!.Descendants<Cell>())
        {
            var raw = cell.CellValue?.Text;
            var text = cell.DataType?.Value == CellValues.SharedString ? strings[int.Parse(raw!, System.Globalization.CultureInfo.InvariantCulture)] : raw ?? "";
            var formatId = xfs[(int)(cell.StyleIndex?.Value ?? 0)].NumberFormatId?.Value ?? 0;
            var format = formats.TryGetValue(formatId, out var code) ? code : BuiltIn(formatId);
            cells[cell.CellReference!.Value!] = new XlsxCell(cell.CellReference.Value!, text, cell.CellFormula?.Text, format);
        }
        var merges = part.Worksheet.Descendants<MergeCell>().Select(m => m.Reference!.Value!).ToList();
        var area = workbook.Workbook!.DefinedNames?.Elements<DefinedName>().FirstOrDefault(d => d.Name == "_xlnm.Print_Area")?.Text;
        var fit = part.Worksheet.GetFirstChild<SheetProperties>()?.PageSetupProperties?.FitToPage?.Value ?? false;
        var calc = workbook.Workbook.CalculationProperties?.FullCalculationOnLoad?.Value ?? false;
        var titles = workbook.Workbook.DefinedNames?.Elements<DefinedName>().FirstOrDefault(d => d.Name == "_xlnm.Print_Titles")?.Text;
        var breaks = part.Worksheet.GetFirstChild<RowBreaks>()?.Elements<Break>().Select(b => (int)b.Id!.Value).ToList() ?? [];
        var header = part.Worksheet.GetFirstChild<HeaderFooter>()?.OddHeader?.Text ?? "";
        return new XlsxSheet(cells, merges, area, part.Worksheet.GetFirstChild<PageSetup>(), fit, calc) { PrintTitles = titles, RowBreaks = breaks, Header = header };
    }

    private static string BuiltIn(uint id) => id switch
    {
        2 => "0.00",
        4 => "#,##0.00",
        9 => "0%",
        10 => "0.00%",
        _ => "General",
    };

    private static int Index(string column) => column.Aggregate(0, (n, c) => (n * 26) + (c - 'A' + 1));

    private static string Column(int index)
    {
        var name = "";
        for (; index > 0; index = (index - 1) / 26)
            name = (char)('A' + ((index - 1) % 26)) + name;
        return name;
    }
}
