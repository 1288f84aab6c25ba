using System.Globalization;
using System.Text;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Spreadsheet;

namespace Jixiao.Documents.Audit;

/// <summary>
/// Writes one worksheet part forward-only with <see cref="OpenXmlWriter"/> (SAX): header row bold and frozen, the
/// column widths set, an autofilter over the rows. Strings are inline, so nothing is kept for a shared-string table.
/// </summary>
internal sealed class XlsxSheetWriter : IDisposable
{
    /// <summary>Excel's limits: 1,048,576 rows a sheet, 32,767 characters a cell.</summary>
    public const int MaxRows = 1_048_576;

    private const int MaxCellText = 32_767;

    /// <summary>Style indexes in the workbook's styles part (see <see cref="AuditXlsxWriter"/>).</summary>
    public const uint BoldStyle = 1;

    private readonly Stream _stream;
    private readonly OpenXmlWriter _writer;
    private readonly string[] _columns;
    private bool _ended;

    public XlsxSheetWriter(Stream stream, IReadOnlyList<string> headers, IReadOnlyList<double> widths, bool selected)
    {
        _stream = stream;
        _writer = OpenXmlWriter.Create(stream, new UTF8Encoding(false));
        _columns = [.. Enumerable.Range(0, headers.Count).Select(ColumnName)];
        _writer.WriteStartDocument(true);
        _writer.WriteStartElement(new Worksheet());
        var pane = new Pane { VerticalSplit = 1, TopLeftCell = "A2", ActivePane = PaneValues.BottomLeft, State = PaneStateValues.Frozen };
        _writer.WriteElement(new SheetViews(new SheetView(pane, new Selection { Pane = PaneValues.BottomLeft, ActiveCell = "A2", SequenceOfReferences = new ListValue<StringValue> { InnerText = "A2" } })
        {
            TabSelected = selected,
            WorkbookViewId = 0,
        }));
        _writer.WriteElement(new Columns(widths.Select((w, i) => new Column { Min = (uint)i + 1, Max = (uint)i + 1, Width = w, CustomWidth = true })));
        _writer.WriteStartElement(new SheetData());
        Row(headers.Cast<object?>().ToArray(), BoldStyle);
    }

    /// <summary>Rows written so far, the header included.</summary>
    public int Rows { get; private set; }

    public bool Full => Rows >= MaxRows;

    /// <summary>A row of strings and numbers (decimal, int); null leaves the cell empty.</summary>
    public void Row(IReadOnlyList<object?> values, uint style = 0)
    {
        Rows++;
        var rowIndex = Rows.ToString(CultureInfo.InvariantCulture);
        _writer.WriteStartElement(new Row { RowIndex = (uint)Rows });
        for (var i = 0; i < values.Count && i < _columns.Length; i++)
        {
            var reference = _columns[i] + rowIndex;
            Cell? cell = values[i] switch
            {
                null => null,
                string { Length: 0 } => null,
                string s => new Cell { CellReference = reference, DataType = CellValues.InlineString, InlineString = new InlineString(new Text(Clean(s)) { Space = SpaceProcessingModeValues.Preserve }) },
                decimal d => new Cell { CellReference = reference, CellValue = new CellValue(d) },
                int n => new Cell { CellReference = reference, CellValue = new CellValue(n) },
                var other => new Cell { CellReference = reference, DataType = CellValues.InlineString, InlineString = new InlineString(new Text(Clean(Convert.ToString(other, CultureInfo.InvariantCulture) ?? ""))) },
            };
            if (cell is null)
                continue;
            if (style != 0)
                cell.StyleIndex = style;
            _writer.WriteElement(cell);
        }
        _writer.WriteEndElement();
    }

    public void End()
    {
        if (_ended)
            return;
        _ended = true;
        _writer.WriteEndElement();
        if (Rows > 1)
            _writer.WriteElement(new AutoFilter { Reference = $"A1:{_columns[^1]}{Rows}" });
        _writer.WriteEndElement();
        _writer.Close();
    }

    public void Dispose()
    {
        _writer.Dispose();
        _stream.Dispose();
    }

    private static string ColumnName(int index)
    {
        var name = "";
        for (var n = index + 1; n > 0; n = (n - 1) / 26)
            name = (char)('A' + (n - 1) % 26) + name;
        return name;
    }

    /// <summary>XML cannot carry control characters or lone surrogates (OCR text has them); Excel caps a cell's length.</summary>
    private static string Clean(string text)
    {
        var clean = text;
        for (var i = 0; i < text.Length; i++)
        {
            if (!XmlChar(text, i))
            {
                var b = new StringBuilder(text.Length);
                for (var j = 0; j < text.Length; j++)
                {
                    if (XmlChar(text, j))
                        b.Append(text[j]);
                }
                clean = b.ToString();
                break;
            }
        }
        if (clean.Length <= MaxCellText)
            return clean;
        var cut = char.IsHighSurrogate(clean[MaxCellText - 2]) ? MaxCellText - 2 : MaxCellText - 1;
        return clean[..cut] + "…";
    }

    private static bool XmlChar(string text, int i)
    {
        var c = text[i];
        if (char.IsHighSurrogate(c))
            return i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]);
        if (char.IsLowSurrogate(c))
            return i > 0 && char.IsHighSurrogate(text[i - 1]);
        return c is '\t' or '\n' or '\r' or (>= ' ' and < '\uFFFE');
    }
}
