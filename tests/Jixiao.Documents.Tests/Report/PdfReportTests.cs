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
        foreach (var heading in ReportComposerTests.Headings(ReportComposerTests.Compose(evaluation, scheme)))
            text.ShouldContain(Flat(heading));
        // Kangxi radicals (⽂ for 文) are what a bad ToUnicode map gives: search would miss every word.
        text.ShouldNotContain(c => (c >= '\u2F00' && c <= '\u2FDF') || (c >= '\u2E80' && c <= '\u2EFF'));
    }

    [Fact]
    public void Pdf_states_the_figures_and_the_conclusion()
    {
        var text = Flat(ExternalTools.PdfText(GeneratedDocuments.Of(Samples.Named("000")).Pdf));
        text.ShouldContain("2022年度全年预算数6,612.30万元，执行数6,247.80万元，完成预算数的94.49%");
        text.ShouldContain("自评得分91.5分，评级为“优”");
        text.ShouldContain("附件部门整体支出绩效自评表");
    }

    [Theory]
    [MemberData(nameof(AllSamples))]
    public void Pdf_embeds_its_fonts_and_has_a_sane_page_count(string sample)
    {
        var pdf = GeneratedDocuments.Of(sample).Pdf;
        var fonts = ExternalTools.PdfFonts(pdf).Split('\n', StringSplitOptions.RemoveEmptyEntries).Skip(2).ToList();
        fonts.ShouldNotBeEmpty();
        fonts.ShouldAllBe(line => line.Contains(" yes yes yes ", StringComparison.Ordinal) || line.Contains(" yes no yes ", StringComparison.Ordinal));
        ExternalTools.PdfPages(pdf).ShouldBeInRange(2, 30);
    }

    [Fact]
    public void Pdf_sets_each_role_in_its_own_face()
    {
        // docs/decisions/0005: 仿宋 → AR PL SungtiL GB, 小标宋 → AR PL UMing CN, 黑体 → WenQuanYi Zen Hei, 楷体 → AR PL KaitiM GB.
        var fonts = ExternalTools.PdfFonts(GeneratedDocuments.Of(Samples.Named("000")).Pdf);
        foreach (var face in new[] { "AR PL SungtiL GB", "AR PL UMing CN", "WenQuanYi Zen Hei", "AR PL KaitiM GB", "Liberation Serif" })
            fonts.ShouldContain(face);
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
    public void Missing_body_font_is_a_chinese_error_naming_the_font_and_the_package()
    {
        var e = Should.Throw<ReportException>(() => PdfFontSet.Locate([new FontSource(FontRole.Body, "AR PL SungtiL GB", "fonts-arphic-gbsn00lp", ["/nonexistent/gbsn00lp.ttf"])]));
        e.Message.ShouldContain("AR PL SungtiL GB");
        e.Message.ShouldContain("apt-get install fonts-arphic-gbsn00lp");
        e.Message.ShouldContain(PdfFontSet.EnvironmentVariable);
    }

    [Fact]
    public void A_missing_role_face_falls_back_to_the_body_face_and_is_named()
    {
        var body = PdfFontSet.Sources.Single(s => s.Role == FontRole.Body);
        var set = PdfFontSet.Locate([body, new FontSource(FontRole.Kai, "AR PL KaitiM GB", "fonts-arphic-gkai00mp", ["/nonexistent/gkai00mp.ttf"])]);
        set.Face(FontRole.Kai)!.Role.ShouldBe(FontRole.Body);
        set.Missing.Single().Package.ShouldBe("fonts-arphic-gkai00mp");
    }

    [Fact]
    public void A_face_is_taken_out_of_a_ttc_collection()
    {
        const string path = "/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc";
        File.Exists(path).ShouldBeTrue("fonts-wqy-zenhei is not installed (./test.sh installs it)");
        var face = TrueTypeCollection.Extract(File.ReadAllBytes(path), 0);
        TrueTypeCollection.IsCollection(face).ShouldBeFalse();
        var metrics = TrueTypeMetrics.Read(face);
        metrics.Has('黑').ShouldBeTrue();
        metrics.Advance('黑').ShouldBe(1.0, 0.001);
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
