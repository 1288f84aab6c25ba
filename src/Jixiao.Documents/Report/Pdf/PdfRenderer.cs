using System.Globalization;
using PdfSharp;
using PdfSharp.Drawing;
using PdfSharp.Pdf;

namespace Jixiao.Documents.Report.Pdf;

/// <summary>
/// Draws a <see cref="ReportDocument"/> straight to PDF with PDFsharp: the same blocks as the DOCX, on A4 with the
/// same margins, 16-point body on a 28-point line, first lines indented two characters, tables with their header
/// repeated on each page, and "— n —" page numbers counted from the first page after the cover.
/// </summary>
internal sealed class PdfRenderer : IDisposable
{
    // Geometry in points, matching the DOCX section (twips / 20).
    private const double PageWidth = 595.28;
    private const double PageHeight = 841.89;
    private const double Left = 1587 / 20.0;
    private const double Right = 1474 / 20.0;
    private const double Top = 2098 / 20.0;
    private const double Bottom = 1984 / 20.0;
    private const double TextWidth = PageWidth - Left - Right;
    private const double Limit = PageHeight - Bottom;

    private const double BodySize = 16;
    private const double BodyPitch = 28;
    private const double TitleSize = 22;
    private const double TitlePitch = 34;
    private const double TableSize = 10.5;
    private const double TablePitch = 14;
    private const double CellPadX = 3;
    private const double CellPadY = 3;

    private static readonly XPdfFontOptions Unicode = new(PdfFontEncoding.Unicode);
    private static readonly XPen Rule = new(XColors.Black, 0.5);
    private static readonly XBrush HeaderFill = new XSolidBrush(XColor.FromArgb(235, 235, 235));

    private readonly PdfDocument _document = new();
    private readonly LineBreaker _breaker;
    private readonly Dictionary<(double Size, bool Bold, bool Fallback), XFont> _fonts = [];
    private XGraphics? _gfx;
    private double _y;
    private int _bodyPages;

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
        if (report.Cover is { } cover)
            DrawCover(report.Title, cover);
        NewPage();
        Centered(report.Title, TitleSize, TitlePitch, bold: true);
        _y += 14;
        foreach (var block in report.Blocks)
        {
            switch (block)
            {
                case ReportHeading h:
                    // Keep a heading with at least two lines of what follows.
                    if (_y + (3 * BodyPitch) > Limit)
                        NewPage();
                    Paragraph(h.Text, bold: true, indent: 2 * BodySize);
                    break;
                case ReportParagraph p:
                    Paragraph(p.Text, bold: false, indent: 2 * BodySize);
                    break;
                case ReportPageBreak:
                    NewPage();
                    break;
                case ReportTable t:
                    Table(t);
                    break;
            }
        }
    }

    private void DrawCover(string title, ReportCover cover)
    {
        var page = AddPage();
        _gfx = XGraphics.FromPdfPage(page);
        _y = 250;
        Centered(title, TitleSize, TitlePitch, bold: true);
        _y = 520;
        foreach (var line in new[] { $"部门名称（盖章）：{cover.Department}", $"年　　度：{cover.Year} 年度", $"填报日期：{cover.FilledOnText}" })
        {
            foreach (var l in _breaker.Wrap(line, BodySize, TextWidth - 63, TextWidth - 63))
            {
                DrawLine(l, Left + 63, _y, BodySize, BodyPitch, bold: false);
                _y += 36;
            }
        }
    }

    private PdfPage AddPage()
    {
        _gfx?.Dispose();
        var page = _document.AddPage();
        page.Size = PageSize.A4;
        return page;
    }

    private void NewPage()
    {
        var page = AddPage();
        _gfx = XGraphics.FromPdfPage(page);
        _bodyPages++;
        _y = Top;
        var number = $"— {_bodyPages.ToString(CultureInfo.InvariantCulture)} —";
        var width = _breaker.Width(number, 14);
        _gfx.DrawString(number, Font(14, false, false), XBrushes.Black, (PageWidth - width) / 2, PageHeight - Bottom + 40);
    }

    private void Centered(string text, double size, double pitch, bool bold)
    {
        foreach (var line in _breaker.Wrap(text, size, TextWidth, TextWidth))
        {
            if (_y + pitch > Limit)
                NewPage();
            DrawLine(line, Left + ((TextWidth - line.Width) / 2), _y, size, pitch, bold);
            _y += pitch;
        }
    }

    private void Paragraph(string text, bool bold, double indent)
    {
        var lines = _breaker.Wrap(text, BodySize, TextWidth - indent, TextWidth);
        for (var i = 0; i < lines.Count; i++)
        {
            if (_y + BodyPitch > Limit)
                NewPage();
            DrawLine(lines[i], Left + (i == 0 ? indent : 0), _y, BodySize, BodyPitch, bold);
            _y += BodyPitch;
        }
    }

    private void DrawLine(TextLine line, double x, double top, double size, double pitch, bool bold)
    {
        // Baseline: the glyph box (about 1.1 em high, 0.88 em above the baseline) centred in the line pitch.
        var baseline = top + ((pitch - (size * 1.1)) / 2) + (size * 0.88);
        foreach (var run in line.Runs)
        {
            _gfx!.DrawString(run.Text, Font(size, bold, run.Fallback), XBrushes.Black, x, baseline);
            x += run.Width;
        }
    }

    private XFont Font(double size, bool bold, bool fallback)
    {
        if (!_fonts.TryGetValue((size, bold, fallback), out var font))
        {
            font = new XFont(fallback ? PdfFontSet.FallbackFamily : PdfFontSet.MainFamily, size, bold ? XFontStyleEx.Bold : XFontStyleEx.Regular, Unicode);
            _fonts[(size, bold, fallback)] = font;
        }
        return font;
    }

    private void Table(ReportTable table)
    {
        var total = table.Columns.Sum(c => c.Width);
        var widths = table.Columns.Select(c => TextWidth * c.Width / total).ToArray();
        var header = Layout(table.Columns.Select(c => c.Title).ToList(), widths);
        var headerHeight = Height(header, 0, int.MaxValue);
        var numeric = table.Columns.Select(c => c.Numeric).ToArray();
        var centred = Enumerable.Repeat(true, widths.Length).ToArray();

        if (_y + headerHeight + TablePitch + (2 * CellPadY) > Limit)
            NewPage();
        DrawRow(header, widths, 0, int.MaxValue, headerHeight, bold: true, fill: true, centred);
        foreach (var row in table.Rows)
        {
            var cells = Layout(row.Cells, widths);
            var first = 0;
            var lineCount = cells.Max(c => c.Count);
            var fresh = false;
            while (first < lineCount)
            {
                var room = (int)Math.Floor((Limit - _y - (2 * CellPadY)) / TablePitch);
                if (fresh)
                    room = Math.Max(room, 1);
                var rest = lineCount - first;
                // A row moves whole to the next page when it fits there; only a row taller than a page is split.
                if (room < rest && (rest * TablePitch) + (2 * CellPadY) + headerHeight <= Limit - Top)
                    room = 0;
                if (room <= 0)
                {
                    NewPage();
                    DrawRow(header, widths, 0, int.MaxValue, headerHeight, bold: true, fill: true, centred);
                    fresh = true;
                    continue;
                }
                var take = Math.Min(room, rest);
                var height = (take * TablePitch) + (2 * CellPadY);
                DrawRow(cells, widths, first, first + take, height, row.Emphasis, fill: false, numeric);
                first += take;
                fresh = false;
            }
        }
        _y += TablePitch;
    }

    private List<List<TextLine>> Layout(IReadOnlyList<string> cells, double[] widths)
    {
        var result = new List<List<TextLine>>(widths.Length);
        for (var i = 0; i < widths.Length; i++)
        {
            var text = i < cells.Count ? cells[i] : "";
            var lines = new List<TextLine>();
            foreach (var part in text.Split('\n'))
                lines.AddRange(_breaker.Wrap(part, TableSize, widths[i] - (2 * CellPadX), widths[i] - (2 * CellPadX), hang: false));
            result.Add(lines);
        }
        return result;
    }

    private static double Height(List<List<TextLine>> cells, int first, int end) =>
        (cells.Max(c => Math.Max(0, Math.Min(end, c.Count) - first)) * TablePitch) + (2 * CellPadY);

    private void DrawRow(List<List<TextLine>> cells, double[] widths, int first, int end, double height, bool bold, bool fill, bool[] centred)
    {
        var x = Left;
        for (var i = 0; i < widths.Length; i++)
        {
            var rect = new XRect(x, _y, widths[i], height);
            if (fill)
                _gfx!.DrawRectangle(HeaderFill, rect);
            _gfx!.DrawRectangle(Rule, rect);
            var lines = cells[i];
            var shown = Math.Max(0, Math.Min(end, lines.Count) - first);
            var top = _y + ((height - (shown * TablePitch)) / 2);
            for (var l = 0; l < shown; l++)
            {
                var line = lines[first + l];
                var lx = centred[i] ? x + ((widths[i] - line.Width) / 2) : x + CellPadX;
                DrawLine(line, lx, top + (l * TablePitch), TableSize, TablePitch, bold);
            }
            x += widths[i];
        }
        _y += height;
    }
}
