using System.Text;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using WordTable = DocumentFormat.OpenXml.Wordprocessing.Table;

namespace Jixiao.Documents.Import.Readers;

/// <summary>
/// Word documents: body paragraphs and tables in document order. A paragraph is its runs' text with tabs as \t
/// and line breaks starting a new line (a tabbed paragraph is a row, as in text files); empty paragraphs are
/// skipped. A table row is one line whose cells follow the table grid: a horizontally merged cell (gridSpan)
/// repeats its text into every column it spans and a vertically merged one (vMerge continue) repeats the text of
/// the cell above, so each column index means the same column in every row, whichever cell the extractor asks for.
/// Pages follow the page breaks Word recorded when it last laid the document out (lastRenderedPageBreak), or the
/// explicit page breaks when the file has none of those.
/// </summary>
internal sealed class DocxReader
{
    private readonly SourceLineBuilder _lines = new();
    private readonly StringBuilder _text = new();
    private readonly bool _renderedBreaks;
    private int _page = 1;
    private int _pendingPages;
    private bool _inCell;

    private DocxReader(bool renderedBreaks) => _renderedBreaks = renderedBreaks;

    public static SourceDocument Read(string path)
    {
        using var document = WordprocessingDocument.Open(path, isEditable: false);
        var body = document.MainDocumentPart?.Document?.Body ?? throw ImportErrors.DocxCorrupt(path);
        var reader = new DocxReader(body.Descendants<LastRenderedPageBreak>().Any());
        reader.Blocks(body);
        return new SourceDocument(path, SourceFormat.Docx, reader._lines.Lines);
    }

    /// <summary>Paragraphs and tables, also those wrapped in content controls or custom XML.</summary>
    private void Blocks(OpenXmlElement parent)
    {
        foreach (var child in parent.ChildElements)
        {
            switch (child)
            {
                case Paragraph paragraph:
                    ReadParagraph(paragraph);
                    break;
                case WordTable table:
                    ReadTable(table);
                    break;
                case AlternateContentFallback:
                    break;
                default:
                    Blocks(child);
                    break;
            }
        }
    }

    private void ReadParagraph(Paragraph paragraph)
    {
        if (!_renderedBreaks && paragraph.ParagraphProperties?.PageBreakBefore is { } before && (before.Val?.Value ?? true))
        {
            _page++;
        }

        Inline(paragraph);
        EndLine();
        ApplyPendingPages();
    }

    private void Inline(OpenXmlElement parent)
    {
        foreach (var child in parent.ChildElements)
        {
            switch (child)
            {
                case Text text:
                    _text.Append(text.Text);
                    break;
                case TabChar or PositionalTab:
                    _text.Append('\t');
                    break;
                case NoBreakHyphen:
                    _text.Append('-');
                    break;
                case Break br:
                    EndLine();
                    if (br.Type?.Value == BreakValues.Page && !_renderedBreaks)
                    {
                        _pendingPages++;
                    }

                    break;
                case CarriageReturn:
                    EndLine();
                    break;

                // A paragraph inside a paragraph (text box) or a cell ends its own line.
                case Paragraph nested:
                    Inline(nested);
                    EndLine();
                    break;
                case LastRenderedPageBreak when _renderedBreaks:
                    // At the start of a paragraph the whole paragraph is on the new page; inside it, the next one is.
                    if (_text.Length == 0 && !_inCell)
                    {
                        _page++;
                    }
                    else
                    {
                        _pendingPages++;
                    }

                    break;

                // Both branches of mc:AlternateContent carry the same text box; reading both would say it twice.
                case AlternateContentFallback:
                    break;
                default:
                    Inline(child);
                    break;
            }
        }
    }

    private void EndLine()
    {
        if (_inCell)
        {
            _text.Append(' ');
            return;
        }

        var line = _text.ToString();
        _text.Clear();
        if (!string.IsNullOrWhiteSpace(line))
        {
            _lines.AddLine(line, _page);
        }
    }

    private void ApplyPendingPages()
    {
        _page += _pendingPages;
        _pendingPages = 0;
    }

    private void ReadTable(WordTable table)
    {
        _lines.EndTable();
        var above = new Dictionary<int, string>();
        foreach (var row in Items<TableRow>(table))
        {
            var cells = new List<string>();
            Pad(cells, row.TableRowProperties?.GetFirstChild<GridBefore>()?.Val?.Value ?? 0);
            foreach (var cell in Items<TableCell>(row))
            {
                var properties = cell.TableCellProperties;
                var span = Math.Max(1, properties?.GridSpan?.Val?.Value ?? 1);
                var merge = properties?.VerticalMerge;
                var continues = merge is not null && (merge.Val is null || merge.Val.Value == MergedCellValues.Continue);
                var text = continues ? above.GetValueOrDefault(cells.Count, "") : CellText(cell);
                for (var i = 0; i < span; i++)
                {
                    above[cells.Count] = text;
                    cells.Add(text);
                }
            }

            Pad(cells, row.TableRowProperties?.GetFirstChild<GridAfter>()?.Val?.Value ?? 0);
            _lines.AddRow(cells, _page);
            ApplyPendingPages();
        }

        _lines.EndTable();
    }

    /// <summary>A cell's paragraphs (and nested tables) on one line: a row must stay one line.</summary>
    private string CellText(TableCell cell)
    {
        _inCell = true;
        Inline(cell);
        _inCell = false;
        var text = _text.ToString().Replace('\t', ' ');
        _text.Clear();
        return string.Join(' ', text.Split(' ', StringSplitOptions.RemoveEmptyEntries));
    }

    private static void Pad(List<string> cells, int count)
    {
        for (var i = 0; i < count; i++)
        {
            cells.Add("");
        }
    }

    /// <summary>Rows of a table or cells of a row, looking through content controls but not into nested tables.</summary>
    private static IEnumerable<T> Items<T>(OpenXmlElement parent)
        where T : OpenXmlElement
    {
        foreach (var child in parent.ChildElements)
        {
            if (child is T item)
            {
                yield return item;
            }
            else if (child is not WordTable)
            {
                foreach (var nested in Items<T>(child))
                {
                    yield return nested;
                }
            }
        }
    }
}
