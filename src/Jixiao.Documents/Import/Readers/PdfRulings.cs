using UglyToad.PdfPig.Content;
using UglyToad.PdfPig.Core;

namespace Jixiao.Documents.Import.Readers;

/// <summary>
/// The straight rules a page draws: table borders. They come as stroked lines, as thin filled rectangles
/// (LibreOffice, Word) or as the sides of stroked cell rectangles; all three end up here as vertical and
/// horizontal segments.
/// </summary>
internal sealed class PdfRulings
{
    private const double MaxThickness = 2.5;
    private const double MinLength = 4;

    public PdfRulings(Page page)
    {
        foreach (var path in page.Paths)
        {
            if (path.IsClipping || !(path.IsStroked || path.IsFilled))
            {
                continue;
            }

            foreach (var subpath in path)
            {
                Collect(subpath);
            }
        }
    }

    /// <summary>Vertical rules: At is x, From–To the y range.</summary>
    public List<Rule> Vertical { get; } = [];

    /// <summary>Horizontal rules: At is y, From–To the x range.</summary>
    public List<Rule> Horizontal { get; } = [];

    /// <summary>Whether a vertical rule crosses height <paramref name="y"/> between <paramref name="left"/> and <paramref name="right"/>.</summary>
    public bool Separates(double left, double right, double y) =>
        Vertical.Exists(r => r.At >= left - 1 && r.At <= right + 1 && r.From <= y && r.To >= y);

    private void Collect(PdfSubpath subpath)
    {
        if (subpath.GetBoundingRectangle() is { } box && (box.Width <= MaxThickness || box.Height <= MaxThickness))
        {
            Add(new PdfPoint(box.Left, box.Bottom), new PdfPoint(box.Right, box.Top));
            return;
        }

        PdfPoint? start = null;
        PdfPoint? current = null;
        foreach (var command in subpath.Commands)
        {
            switch (command)
            {
                case PdfSubpath.Move move:
                    start = current = move.Location;
                    break;
                case PdfSubpath.Line line:
                    Add(line.From, line.To);
                    current = line.To;
                    break;
                case PdfSubpath.Close when start is { } s && current is { } c:
                    Add(c, s);
                    current = s;
                    break;
                case PdfSubpath.BezierCurve curve:
                    current = curve.EndPoint;
                    break;
            }
        }
    }

    private void Add(PdfPoint from, PdfPoint to)
    {
        var width = Math.Abs(from.X - to.X);
        var height = Math.Abs(from.Y - to.Y);
        if (width <= MaxThickness && height >= MinLength)
        {
            Vertical.Add(new Rule((from.X + to.X) / 2, Math.Min(from.Y, to.Y), Math.Max(from.Y, to.Y)));
        }
        else if (height <= MaxThickness && width >= MinLength)
        {
            Horizontal.Add(new Rule((from.Y + to.Y) / 2, Math.Min(from.X, to.X), Math.Max(from.X, to.X)));
        }
    }

    internal readonly record struct Rule(double At, double From, double To);
}
