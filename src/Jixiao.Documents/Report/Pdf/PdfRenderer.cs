using System.Globalization;
using Jixiao.Documents.Table.Xlsx;
using PdfSharp;
using PdfSharp.Drawing;
using PdfSharp.Pdf;
using static Jixiao.Documents.Report.Pdf.PageGeometry;

namespace Jixiao.Documents.Report.Pdf;

/// <summary>
/// Draws a <see cref="ReportDocument"/> straight to PDF with PDFsharp, set as the DOCX is (see
/// <see cref="PageGeometry"/>): a face per role, justified lines with the line-start and line-end rules, headings
/// kept with the lines that follow, no lone first or last line of a paragraph, tables with merged cells whose
/// blocks stay on one page and whose column headers repeat where a table continues, "— n —" page numbers right on
/// odd pages and left on even ones, and a 草稿 mark on every page of a draft.
/// </summary>
internal sealed class PdfRenderer : IDisposable
{
    private static readonly XPdfFontOptions Unicode = new(PdfFontEncoding.Unicode);
    private static readonly XPen Rule = new(XColors.Black, 0.5);
    private static readonly XBrush HeaderFill = new XSolidBrush(XColor.FromArgb(242, 242, 242));
    private static readonly XBrush DraftInk = new XSolidBrush(XColor.FromArgb(192, 0, 0));

    private readonly PdfDocument _document = new();
    private readonly LineBreaker _breaker;
    private readonly Dictionary<(FontRole Role, double Size, bool Bold), XFont> _fonts = [];
    private XGraphics? _gfx;
    private double _y;
    private int _bodyPages;
    private bool _draft;

    private PdfRenderer(PdfFontSet fonts) => _breaker = new LineBreaker(fonts);

    public static void Write(ReportDocument report, Stream output)
    {
        using var renderer = new PdfRenderer(PdfFontSet.Shared);
        renderer.Render(report);
        renderer._gfx?.Dispose();
        renderer._gfx = null;
        renderer._document.Save(output, closeStream: false);
    }

    public void Dispose()
    {
        _gfx?.Dispose();
        _document.Dispose();
    }

    private void Render(ReportDocument report)
    {
        _document.Info.Title = report.Title;
        _document.Info.Creator = "Jixiao";
        _document.Options.CompressContentStreams = true;
        _draft = report.Draft;
        if (report.Cover is { } cover)
            DrawCover(report, cover);
        NewPage();
        TitleLines(report.TitleLines);
        _y += BodyPitch;
        var blocks = report.Blocks;
        for (var i = 0; i < blocks.Count; i++)
        {
            switch (blocks[i])
            {
                case ReportHeading h:
                    // A heading keeps with the headings right after it and two lines of what follows them.
                    if (_y + KeepHeight(blocks, i) > Limit + 0.01)
                        NewPage();
                    var (role, bold) = HeadingFace(h.Level);
                    Paragraph(h.Text, role, bold ? h.Text.Length : 0, 2 * BodySize);
                    break;
                case ReportParagraph p:
                    Paragraph(p.Lead + p.Text, FontRole.Body, p.Lead.Length, 2 * BodySize);
                    break;
                case ReportAppendix a:
                    NewPage();
                    DrawLines(_breaker.Wrap(a.Label, FontRole.Hei, BodySize, TextWidth, TextWidth, Tracking), BodySize, BodyPitch, 0, false);
                    TitleLines([a.Title]);
                    break;
                case ReportTable t:
                    Table(t);
                    break;
            }
        }
    }

    private static (FontRole Role, bool Bold) HeadingFace(int level) => level switch
    {
        1 => (FontRole.Hei, false),
        2 => (FontRole.Kai, false),
        3 => (FontRole.Body, true),
        _ => (FontRole.Body, false),
    };

    /// <summary>The height a heading needs on its page: itself, the headings right after it, and two lines of the next text.</summary>
    private double KeepHeight(IReadOnlyList<ReportBlock> blocks, int at)
    {
        var height = 0.0;
        for (var i = at; i < blocks.Count; i++)
        {
            switch (blocks[i])
            {
                case ReportHeading h:
                    height += Lines(h.Text, FontRole.Body).Count * BodyPitch;
                    continue;
                case ReportParagraph p:
                    return height + (Math.Min(2, Lines(p.Lead + p.Text, FontRole.Body).Count) * BodyPitch);
                case ReportTable:
                    return height + CaptionPitch + (3 * CellPitch);
                default:
                    return height;
            }
        }
        return height;
    }

    private List<TextLine> Lines(string text, FontRole role, int bold = 0) =>
        _breaker.Wrap(text, role, BodySize, TextWidth - (2 * BodySize), TextWidth, Tracking, bold);

    private void DrawCover(ReportDocument report, ReportCover cover)
    {
        AddPage();
        _y = 250;
        TitleLines(report.TitleLines);
        _y = 520;
        foreach (var text in new[] { $"部门名称（盖章）：{cover.Department}", $"年　　度：{cover.Year.ToString(CultureInfo.InvariantCulture)}年度", $"填报日期：{cover.FilledOnText}" })
        {
            foreach (var line in _breaker.Wrap(text, FontRole.Body, BodySize, TextWidth - 63, TextWidth - 63, Tracking))
            {
                DrawLine(line, Left + 63, _y, BodySize, BodyPitch, justify: 0);
                _y += 36;
            }
        }
    }

    private void AddPage()
    {
        _gfx?.Dispose();
        var page = _document.AddPage();
        page.Size = PageSize.A4;
        _gfx = XGraphics.FromPdfPage(page);
        if (_draft)
        {
            var mark = "草稿";
            var width = _breaker.Width(mark, FontRole.Hei, 18);
            _gfx.DrawString(mark, Font(FontRole.Hei, 18, true), DraftInk, Left + TextWidth - width, 42.5 + 18);
        }
    }

    private void NewPage()
    {
        AddPage();
        _bodyPages++;
        _y = Top;
        var number = $"— {_bodyPages.ToString(CultureInfo.InvariantCulture)} —";
        var width = _breaker.Width(number, FontRole.Body, NumberSize);
        var x = _bodyPages % 2 == 1 ? Left + TextWidth - NumberSize - width : Left + NumberSize;
        DrawRuns(_breaker.Wrap(number, FontRole.Body, NumberSize, TextWidth, TextWidth)[0], x, Limit + NumberGap, NumberSize, NumberSize * 1.2, 0);
    }

    private void TitleLines(IReadOnlyList<string> lines)
    {
        foreach (var text in lines)
        {
            foreach (var line in _breaker.Wrap(text, FontRole.Title, TitleSize, TextWidth, TextWidth))
            {
                if (_y + TitlePitch > Limit)
                    NewPage();
                DrawLine(line, Left + ((TextWidth - line.Width) / 2), _y, TitleSize, TitlePitch, justify: 0, bold: true);
                _y += TitlePitch;
            }
        }
    }

    /// <summary>A justified paragraph; a page never starts with its last line alone nor ends with its first line alone.</summary>
    private void Paragraph(string text, FontRole role, int bold, double indent)
    {
        var lines = _breaker.Wrap(text, role, BodySize, TextWidth - indent, TextWidth, Tracking, bold);
        DrawLines(lines, BodySize, BodyPitch, indent, justify: true);
    }

    private void DrawLines(List<TextLine> lines, double size, double pitch, double indent, bool justify)
    {
        var i = 0;
        while (i < lines.Count)
        {
            var room = (int)Math.Floor((Limit - _y + 0.01) / pitch);
            var rest = lines.Count - i;
            if (room <= 0)
            {
                NewPage();
                continue;
            }
            var take = Math.Min(room, rest);
            if (take < rest)
            {
                // No first line alone at the foot of a page, no last line alone at the head of the next.
                if (i == 0 && take == 1 && _y > Top + 1)
                {
                    NewPage();
                    continue;
                }
                if (rest - take == 1 && take > (i == 0 ? 2 : 1))
                    take--;
            }
            for (var end = i + take; i < end; i++)
            {
                var x = Left + (i == 0 ? indent : 0);
                var available = TextWidth - (i == 0 ? indent : 0);
                DrawLine(lines[i], x, _y, size, pitch, justify && !lines[i].Last ? available : 0);
                _y += pitch;
            }
            if (i < lines.Count)
                NewPage();
        }
    }

    /// <param name="justify">The width to fill (spreading the spare room over the gaps between tokens), or 0 to set the line at its natural width.</param>
    private void DrawLine(TextLine line, double x, double top, double size, double pitch, double justify, bool bold = false)
    {
        var extra = 0.0;
        if (justify > 0 && line.Runs.Count > 1)
        {
            extra = (justify - line.Width) / (line.Runs.Count - 1);
            if (extra < 0 || extra > size)
                extra = 0;
        }
        DrawRuns(line, x, top, size, pitch, extra, bold);
    }

    private void DrawRuns(TextLine line, double x, double top, double size, double pitch, double extra, bool bold = false)
    {
        // Baseline: the glyph box (about 1.1 em high, 0.88 em above the baseline) centred in the line pitch.
        var baseline = top + ((pitch - (size * 1.1)) / 2) + (size * 0.88);
        foreach (var run in line.Runs)
        {
            if (!run.Space)
                _gfx!.DrawString(run.Text, Font(run.Role, size, bold || run.Bold), XBrushes.Black, x, baseline);
            x += run.Width + extra;
        }
    }

    private XFont Font(FontRole role, double size, bool bold)
    {
        if (!_fonts.TryGetValue((role, size, bold), out var font))
        {
            font = new XFont(PdfFontSet.Family(role), size, bold ? XFontStyleEx.Bold : XFontStyleEx.Regular, Unicode);
            _fonts[(role, size, bold)] = font;
        }
        return font;
    }

    private void Table(ReportTable table)
    {
        var widths = ColumnWidths.Fit(table, TextWidth, CellSize, 2 * CellPadX);
        var layout = new TableLayout(table, widths, _breaker);
        if (table.CaptionLeft.Length > 0 || table.CaptionRight.Length > 0)
        {
            if (_y + CaptionPitch + layout.FirstUnitHeight() > Limit)
                NewPage();
            var left = _breaker.Wrap(table.CaptionLeft, FontRole.Body, CaptionSize, TextWidth, TextWidth)[0];
            DrawLine(left, Left, _y, CaptionSize, CaptionPitch, 0);
            var right = _breaker.Wrap(table.CaptionRight, FontRole.Body, CaptionSize, TextWidth, TextWidth)[0];
            DrawLine(right, Left + TextWidth - right.Width, _y, CaptionSize, CaptionPitch, 0);
            _y += CaptionPitch;
        }
        int? header = null;
        foreach (var unit in layout.Units())
        {
            if (table.Rows[unit.First].Header)
                header = unit.First;
            var height = layout.Height(unit.First, unit.End);
            if (_y + height > Limit && _y > Top + 1)
            {
                NewPage();
                if (header is { } h && h != unit.First)
                    DrawRows(layout, h, h + 1);
            }
            if (_y + height <= Limit + 0.01)
            {
                DrawRows(layout, unit.First, unit.End);
                continue;
            }
            // Taller than a page: as many rows as fit on each page, headers repeated; a merged cell is drawn once a page.
            var r = unit.First;
            while (r < unit.End)
            {
                var end = r;
                while (end < unit.End && _y + layout.Height(r, end + 1) <= Limit + 0.01)
                    end++;
                if (end == r)
                {
                    if (_y > Top + 1 + (header is { } hh ? layout.Height(hh, hh + 1) : 0))
                    {
                        NewPage();
                        if (header is { } h && h != r)
                            DrawRows(layout, h, h + 1);
                        continue;
                    }
                    end = r + 1; // a single row taller than a page
                }
                DrawRows(layout, r, end);
                r = end;
                if (r < unit.End)
                {
                    NewPage();
                    if (header is { } h && h != r)
                        DrawRows(layout, h, h + 1);
                }
            }
        }
        _y += CellPitch;
    }

    /// <summary>Draws rows [first, end): each cell that starts in them, or continues into them from a row above, clipped to them.</summary>
    private void DrawRows(TableLayout layout, int first, int end)
    {
        var top = _y;
        var table = layout.Table;
        var drawn = new HashSet<(int, int)>();
        for (var r = first; r < end; r++)
        {
            for (var c = 0; c < layout.Widths.Length; c++)
            {
                var (or, oc) = layout.Origin(r, c);
                if (!drawn.Add((or, oc)))
                    continue;
                var cell = table.Rows[or].Cells[oc]!;
                var lastRow = Math.Min(or + cell.RowSpan, end);
                var y = top + layout.Height(first, Math.Max(first, r));
                var height = layout.Height(Math.Max(first, or), lastRow);
                var x = Left + layout.Widths.Take(oc).Sum();
                var width = layout.Widths.Skip(oc).Take(cell.ColSpan).Sum();
                var rect = new XRect(x, y, width, height);
                if (cell.Header)
                    _gfx!.DrawRectangle(HeaderFill, rect);
                _gfx!.DrawRectangle(Rule, rect);
                var lines = layout.CellLines(or, oc);
                // A merged cell split across pages goes on where the last page left it, top-aligned; a whole one is centred.
                var split = or < first || or + cell.RowSpan > end;
                var from = split ? layout.LinesDrawn(or, oc) : 0;
                var last = or + cell.RowSpan <= end;
                var count = split && !last ? Math.Min(lines.Count - from, (int)Math.Floor((height - (2 * CellPadY)) / CellPitch)) : lines.Count - from;
                var textTop = split ? y + CellPadY : y + ((height - (lines.Count * CellPitch)) / 2);
                for (var l = 0; l < count; l++)
                {
                    var line = lines[from + l];
                    var lx = cell.Align switch
                    {
                        CellAlign.Center => x + ((width - line.Width) / 2),
                        CellAlign.Right => x + width - CellPadX - line.Width,
                        _ => x + CellPadX,
                    };
                    DrawLine(line, lx, textTop + (l * CellPitch), CellSize, CellPitch, 0, cell.Bold);
                }
                if (split)
                    layout.MarkDrawn(or, oc, from + count);
            }
        }
        _y = top + layout.Height(first, end);
    }
}
