using System.Text;
using Jixiao.Documents.Report;
using Jixiao.Documents.Report.Pdf;

namespace Jixiao.Documents.Tests.Report;

public sealed class PdfReportTests
{
    public static TheoryData<string> AllSamples => new(Samples.Names);

    [Theory]
    [MemberData(nameof(AllSamples))]
    public void Pdf_text_extracts_as_the_real_characters(string sample)
    {
        var (evaluation, scheme) = Samples.Load(sample);
        var text = Flat(ExternalTools.PdfText(GeneratedDocuments.Of(sample).Pdf));
        text.ShouldContain(evaluation.Department);
        foreach (var title in ReportComposerTests.RequiredTitles(scheme))
            text.ShouldContain(Flat(title));
        // Kangxi radicals (⽂ for 文) are what a bad ToUnicode map gives: search would miss every word.
        text.ShouldNotContain(c => (c >= '\u2F00' && c <= '\u2FDF') || (c >= '\u2E80' && c <= '\u2EFF'));
    }

    [Fact]
    public void Pdf_states_the_figures_sentence_and_conclusion()
    {
        var text = Flat(ExternalTools.PdfText(GeneratedDocuments.Of(Samples.Named("000")).Pdf));
        text.ShouldContain("全年预算数");
        text.ShouldContain("6,612.3");
        text.ShouldContain("2022年度全年预算数6,612.3万元，执行数6,247.8万元，完成预算数的94.5%");
        text.ShouldContain("自评得分91.5分，评级为“优”");
    }

    [Theory]
    [MemberData(nameof(AllSamples))]
    public void Pdf_embeds_its_fonts_and_has_a_sane_page_count(string sample)
    {
        var pdf = GeneratedDocuments.Of(sample).Pdf;
        var fonts = ExternalTools.PdfFonts(pdf).Split('\n', StringSplitOptions.RemoveEmptyEntries).Skip(2).ToList();
        fonts.ShouldNotBeEmpty();
        fonts.ShouldAllBe(line => line.Contains(" yes yes yes ", StringComparison.Ordinal) || line.Contains(" yes no yes ", StringComparison.Ordinal));
        fonts.ShouldContain(line => line.Contains("AR PL SungtiL GB", StringComparison.Ordinal));
        ExternalTools.PdfPages(pdf).ShouldBeInRange(2, 30);
    }

    [Fact]
    public void Pdf_first_page_is_not_blank()
    {
        var dir = TestOutput.Fresh("pdf-render");
        foreach (var sample in Samples.Names)
        {
            var ink = ExternalTools.RenderFirstPage(GeneratedDocuments.Of(sample).Pdf, Path.Combine(dir, sample + ".png"));
            ink.ShouldBeGreaterThan(0.002, sample);
        }
    }

    [Fact]
    public void Missing_font_is_a_chinese_error_naming_the_font_and_the_package()
    {
        var e = Should.Throw<ReportException>(() => PdfFontSet.Locate(["/nonexistent/gbsn00lp.ttf"], []));
        e.Message.ShouldContain("AR PL SungtiL GB");
        e.Message.ShouldContain("apt-get install fonts-arphic-gbsn00lp");
        e.Message.ShouldContain(PdfFontSet.EnvironmentVariable);
    }

    [Fact]
    public void A_ttc_collection_is_refused_with_a_chinese_message()
    {
        var ttc = Directory.Exists("/usr/share/fonts/opentype/noto")
            ? Directory.GetFiles("/usr/share/fonts/opentype/noto", "*.ttc").FirstOrDefault()
            : null;
        if (ttc is null)
            Assert.Skip("no .ttc font on this machine");
        var e = Should.Throw<ReportException>(() => PdfFontSet.Locate([ttc], []));
        e.Message.ShouldContain(".ttc");
    }

    /// <summary>pdftotext breaks lines where the page does: compare without whitespace.</summary>
    internal static string Flat(string text)
    {
        var sb = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            if (!char.IsWhiteSpace(c))
                sb.Append(c);
        }
        return sb.ToString();
    }
}
