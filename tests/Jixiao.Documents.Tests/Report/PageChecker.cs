using System.Globalization;
using System.Text.RegularExpressions;
using UglyToad.PdfPig;
using UglyToad.PdfPig.Core;

namespace Jixiao.Documents.Tests.Report;

/// <summary>
/// Looks at printed pages the way a reviewer does, with tools that did not write them: poppler's
/// <c>pdftotext -bbox</c> gives every word's box, PdfPig the ruling lines drawn on the page. A word outside the
/// GB/T 9704 text block (other than the 草稿 mark above it and the page number below it) or crossing a table
/// rule is a fault.
/// </summary>
internal static partial class PageChecker
{
    /// <summary>The text block in points from the top-left: 左 28 mm, 右 26 mm, 上 37 mm, 下 35 mm on A4.</summary>
    private const double Left = 79.35, Right = 595.28 - 73.7, Top = 104.9, Bottom = 841.89 - 99.2;

    private const double Tolerance = 1.0;

    public sealed record Word(int Page, string Text, double XMin, double YMin, double XMax, double YMax);

    public static List<Word> Words(string pdf)
    {
        var html = ExternalTools.Run("pdftotext", "poppler-utils", "-bbox", "-enc", "UTF-8", pdf, "-");
        var words = new List<Word>();
        var page = 0;
        foreach (Match m in Token().Matches(html))
        {
            if (m.Groups["page"].Success)
            {
                page++;
                continue;
            }
            double D(string name) => double.Parse(m.Groups[name].Value, CultureInfo.InvariantCulture);
            words.Add(new Word(page, System.Net.WebUtility.HtmlDecode(m.Groups["text"].Value), D("x0"), D("y0"), D("x1"), D("y1")));
        }
        return words;
    }

    /// <summary>
    /// Words outside the text block: above it only the 草稿 mark, below it only the page number ("— 3 —").
    /// <paramref name="hanging"/> lets one closing punctuation mark hang past the right edge, as LibreOffice sets
    /// it whatever the DOCX says (it does not read w:overflowPunct; Word does).
    /// </summary>
    public static List<string> OutsideTheTextBlock(string pdf, bool hanging = false) =>
        Words(pdf)
            .Where(w => !(w.XMin >= Left - Tolerance && w.YMin >= Top - Tolerance && w.YMax <= Bottom + Tolerance
                && (w.XMax <= Right + Tolerance || (hanging && w.XMax <= Right + 16.5 && "，。、；：？！）》”’".Contains(w.Text[^1], StringComparison.Ordinal)))))
            .Where(w => !(w.YMax <= Top && w.Text == "草稿" && w.XMin >= Left - Tolerance && w.XMax <= Right + Tolerance))
            .Where(w => !(w.YMin >= Bottom && PageNumber().IsMatch(w.Text) && w.XMin >= Left - Tolerance && w.XMax <= Right + Tolerance))
            .Select(w => $"p{w.Page} “{w.Text}” at ({w.XMin:0.#}, {w.YMin:0.#})–({w.XMax:0.#}, {w.YMax:0.#})")
            .ToList();

    /// <summary>Words a horizontal or vertical rule runs through (text spilling out of its cell).</summary>
    public static List<string> CrossingARule(string pdf)
    {
        var words = Words(pdf);
        var faults = new List<string>();
        using var document = PdfDocument.Open(pdf);
        foreach (var page in document.GetPages())
        {
            var height = page.Height;
            var rules = Rules(page).Select(r => (X1: r.X1, Y1: height - r.Y1, X2: r.X2, Y2: height - r.Y2)).ToList();
            foreach (var w in words.Where(w => w.Page == page.Number))
            {
                foreach (var (x1, y1, x2, y2) in rules)
                {
                    var vertical = Math.Abs(x1 - x2) < 0.5;
                    var crosses = vertical
                        ? x1 > w.XMin + Tolerance && x1 < w.XMax - Tolerance && Overlap(w.YMin, w.YMax, y1, y2) > Tolerance
                        : y1 > w.YMin + Tolerance && y1 < w.YMax - Tolerance && Overlap(w.XMin, w.XMax, x1, x2) > Tolerance;
                    if (crosses)
                    {
                        faults.Add($"p{w.Page} “{w.Text}” crosses the rule ({x1:0.#}, {y1:0.#})–({x2:0.#}, {y2:0.#})");
                        break;
                    }
                }
            }
        }
        return faults;
    }

    /// <summary>The straight horizontal and vertical segments of every path on the page (table rules, cell edges).</summary>
    private static IEnumerable<(double X1, double Y1, double X2, double Y2)> Rules(UglyToad.PdfPig.Content.Page page)
    {
        foreach (var path in page.Paths)
        {
            foreach (var subpath in path)
            {
                PdfPoint? start = null, last = null;
                foreach (var command in subpath.Commands)
                {
                    switch (command)
                    {
                        case PdfSubpath.Move move:
                            start = last = move.Location;
                            break;
                        case PdfSubpath.Line line:
                            if (Straight(line.From, line.To))
                                yield return (line.From.X, line.From.Y, line.To.X, line.To.Y);
                            last = line.To;
                            break;
                        case PdfSubpath.Close when start is { } s && last is { } l:
                            if (Straight(l, s))
                                yield return (l.X, l.Y, s.X, s.Y);
                            last = start;
                            break;
                    }
                }
            }
        }
    }

    private static bool Straight(PdfPoint a, PdfPoint b) => (Math.Abs(a.X - b.X) < 0.5) != (Math.Abs(a.Y - b.Y) < 0.5);

    private static double Overlap(double a1, double a2, double b1, double b2) =>
        Math.Min(a2, Math.Max(b1, b2)) - Math.Max(a1, Math.Min(b1, b2));

    [GeneratedRegex("""<word xMin="(?<x0>[\d.]+)" yMin="(?<y0>[\d.]+)" xMax="(?<x1>[\d.]+)" yMax="(?<y1>[\d.]+)">(?<text>[^<]*)</word>|(?<page><page )""")]
    private static partial Regex Token();

    [GeneratedRegex(@"^[—\-–\d]+$")]
    private static partial Regex PageNumber();
}
