namespace Jixiao.Documents.Tests.Report;

/// <summary>
/// Looking is part of the test. Every sample's report is printed twice — our PDF, and the DOCX as LibreOffice
/// prints it — and page 1, the first body page and the 附件 page of each go to PNG under
/// artifacts/test-output/pages/ for a person to look at. The two prints must say the same thing page by page,
/// and neither may put text outside the text block or across a table rule.
/// </summary>
public sealed class PageRenderTests
{
    public static TheoryData<string> AllSamples => new(Samples.Names);

    private static readonly Lazy<string> Pages = new(() => TestOutput.Fresh("pages"));

    [Theory]
    [MemberData(nameof(AllSamples))]
    public void Page_one_the_first_body_page_and_the_appendix_are_rendered_in_both_formats(string sample)
    {
        foreach (var (format, pdf) in Prints(sample))
        {
            var appendix = AppendixPage(PageTexts(pdf), sample);
            appendix.ShouldBeGreaterThan(1, $"{format}: no 附件 page");
            foreach (var page in new[] { 1, 2, appendix }.Distinct())
            {
                var png = Path.Combine(Pages.Value, $"{sample}-{format}-p{page}.png");
                ExternalTools.RenderPage(pdf, page, png).ShouldBeGreaterThan(0.002, $"{format} page {page} is blank");
            }
        }
    }

    [Theory]
    [MemberData(nameof(AllSamples))]
    public void The_pdf_and_the_printed_docx_say_the_same_thing_page_by_page(string sample)
    {
        var prints = Prints(sample).ToDictionary(p => p.Format, p => PageTexts(p.Pdf));
        var pdf = prints["pdf"];
        var docx = prints["docx"];
        // Both set 28 × 22 characters in the same faces; LibreOffice may still break a line elsewhere, so a page
        // may drift by a line or two, never by a page of content.
        Math.Abs(pdf.Count - docx.Count).ShouldBeLessThanOrEqualTo(1, $"pages: pdf {pdf.Count}, docx {docx.Count}");
        AppendixPage(pdf, sample).ShouldBeGreaterThan(1, "no 附件 page");
        AppendixPage(pdf, sample).ShouldBe(AppendixPage(docx, sample), "the 附件 starts on the same page");
        // The same text before the attachment, and each page starting at the same place give or take four lines: where
        // LibreOffice keeps a heading with its first two lines on the next page, our PDF may fit them on this one.
        var body = AppendixPage(pdf, sample) - 1;
        var pdfBody = string.Concat(pdf.Take(body));
        var docxBody = string.Concat(docx.Take(body));
        Similarity(pdfBody, docxBody).ShouldBeGreaterThan(0.98, "the body text differs");
        int pdfAt = 0, docxAt = 0;
        for (var i = 0; i < body; i++)
        {
            Math.Abs(pdfAt - docxAt).ShouldBeLessThanOrEqualTo(4 * 28, $"page {i + 1} starts {pdfAt - docxAt} characters apart:\npdf:  {pdf[i]}\ndocx: {docx[i]}");
            pdfAt += pdf[i].Length;
            docxAt += docx[i].Length;
        }
    }

    [Theory]
    [MemberData(nameof(AllSamples))]
    public void No_text_lies_outside_the_text_block(string sample)
    {
        foreach (var (format, pdf) in Prints(sample))
            PageChecker.OutsideTheTextBlock(pdf, hanging: format == "docx").ShouldBeEmpty($"{format}: {pdf}");
    }

    [Theory]
    [MemberData(nameof(AllSamples))]
    public void No_text_crosses_a_table_rule(string sample)
    {
        foreach (var (format, pdf) in Prints(sample))
        {
            PageChecker.RuleCount(pdf).ShouldBeGreaterThan(20, $"{format}: the 附表 draws its rules");
            PageChecker.CrossingARule(pdf).ShouldBeEmpty($"{format}: {pdf}");
        }
    }

    private static IEnumerable<(string Format, string Pdf)> Prints(string sample)
    {
        yield return ("pdf", GeneratedDocuments.Of(sample).Pdf);
        var docx = Path.Combine(GeneratedDocuments.LibreOfficePdfs, Path.GetFileNameWithoutExtension(GeneratedDocuments.Of(sample).Docx) + ".pdf");
        File.Exists(docx).ShouldBeTrue("LibreOffice wrote no PDF of the DOCX");
        yield return ("docx", docx);
    }

    /// <summary>Each page's text without whitespace.</summary>
    private static List<string> PageTexts(string pdf)
    {
        var pages = ExternalTools.PdfPages(pdf);
        return Enumerable.Range(1, pages)
            .Select(p => PdfReportTests.Flat(ExternalTools.Run("pdftotext", "poppler-utils", "-f", p.ToString(System.Globalization.CultureInfo.InvariantCulture), "-l", p.ToString(System.Globalization.CultureInfo.InvariantCulture), "-enc", "UTF-8", pdf, "-")))
            .ToList();
    }

    /// <summary>The page the attachment starts on: "附件" followed by the scheme's table title.</summary>
    private static int AppendixPage(List<string> pages, string sample)
    {
        var title = Samples.Load(sample).Scheme.Table?.Title ?? "部门整体支出绩效自评表";
        return pages.FindIndex(t => t.Contains("附件" + title, StringComparison.Ordinal)) + 1;
    }

    /// <summary>Shared characters in order (longest common subsequence) over the longer page.</summary>
    private static double Similarity(string a, string b)
    {
        if (a.Length == 0 && b.Length == 0)
            return 1;
        var previous = new int[b.Length + 1];
        var current = new int[b.Length + 1];
        for (var i = 1; i <= a.Length; i++)
        {
            for (var j = 1; j <= b.Length; j++)
                current[j] = a[i - 1] == b[j - 1] ? previous[j - 1] + 1 : Math.Max(previous[j], current[j - 1]);
            (previous, current) = (current, previous);
        }
        return (double)previous[b.Length] / Math.Max(a.Length, b.Length);
    }
}
