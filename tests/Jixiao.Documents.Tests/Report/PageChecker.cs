using System.Globalization;
using System.Text.RegularExpressions;
using UglyToad.PdfPig;
using Jixiao.Documents.Import.Readers;

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

    /// <summary>Words a horizontal or vertical rule runs through (text spilling out of its cell); the rules as the importer reads them (<see cref="PdfRulings"/>).</summary>
    public static List<string> CrossingARule(string pdf)
    {
        var words = Words(pdf);
        var faults = new List<string>();
        using var document = PdfDocument.Open(pdf);
        foreach (var page in document.GetPages())
        {
            var height = page.Height;
            var rulings = new PdfRulings(page);
            foreach (var w in words.Where(w => w.Page == page.Number))
            {
                // PdfPig measures y up from the foot of the page, pdftotext down from its head.
                var vertical = rulings.Vertical.FindIndex(r => r.At > w.XMin + Tolerance && r.At < w.XMax - Tolerance && Overlap(w.YMin, w.YMax, height - r.To, height - r.From) > Tolerance);
                var horizontal = rulings.Horizontal.FindIndex(r => height - r.At > w.YMin + Tolerance && height - r.At < w.YMax - Tolerance && Overlap(w.XMin, w.XMax, r.From, r.To) > Tolerance);
                if (vertical >= 0)
                    faults.Add($"p{w.Page} “{w.Text}” crosses the vertical rule at x = {rulings.Vertical[vertical].At:0.#}");
                else if (horizontal >= 0)
                    faults.Add($"p{w.Page} “{w.Text}” crosses the horizontal rule at y = {height - rulings.Horizontal[horizontal].At:0.#}");
            }
        }
        return faults;
    }

    /// <summary>How many rules the pages draw: the crossing check means something only where there are some.</summary>
    public static int RuleCount(string pdf)
    {
        using var document = PdfDocument.Open(pdf);
        return document.GetPages().Sum(p => new PdfRulings(p) is var r ? r.Vertical.Count + r.Horizontal.Count : 0);
    }

    private static double Overlap(double a1, double a2, double b1, double b2) =>
        Math.Min(a2, Math.Max(b1, b2)) - Math.Max(a1, Math.Min(b1, b2));

    [GeneratedRegex("""<word xMin="(?<x0>[\d.]+)" yMin="(?<y0>[\d.]+)" xMax="(?<x1>[\d.]+)" yMax="(?<y1>[\d.]+)">(?<text>[^<]*)</word>|(?<page><page )""")]
    private static partial Regex Token();

    [GeneratedRegex(@"^[—\-–\d]+$")]
    private static partial Regex PageNumber();
}
