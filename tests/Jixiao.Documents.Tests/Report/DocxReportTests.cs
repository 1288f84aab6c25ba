using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Validation;
using DocumentFormat.OpenXml.Wordprocessing;
using Jixiao.Documents.Report;

namespace Jixiao.Documents.Tests.Report;

public sealed class DocxReportTests
{
    public static TheoryData<string> AllSamples => new(Samples.Names);

    [Theory]
    [MemberData(nameof(AllSamples))]
    public void Docx_passes_the_OpenXml_validator(string sample)
    {
        using var document = WordprocessingDocument.Open(GeneratedDocuments.Of(sample).Docx, false);
        var errors = new OpenXmlValidator().Validate(document, TestContext.Current.CancellationToken).Select(e => $"{e.Path?.XPath}: {e.Description}").ToList();
        errors.ShouldBeEmpty();
    }

    [Theory]
    [MemberData(nameof(ReportComposerTests.SampleAndScheme), MemberType = typeof(ReportComposerTests))]
    public void Docx_headings_read_back_are_the_outline_in_order(string sample, string schemeId)
    {
        var (evaluation, scheme) = Samples.Load(sample, schemeId);
        using var stream = new MemoryStream();
        ReportWriter.WriteDocx(evaluation, scheme, stream, GeneratedDocuments.Options);
        stream.Position = 0;
        using var document = WordprocessingDocument.Open(stream, false);
        var headings = document.MainDocumentPart!.Document!.Body!.Elements<Paragraph>()
            .Where(p => p.ParagraphProperties?.ParagraphStyleId?.Val?.Value?.StartsWith("Heading", StringComparison.Ordinal) == true)
            .Select(p => p.InnerText)
            .ToList();
        ReportComposerTests.Subsequence(headings, ReportComposerTests.RequiredTitles(scheme)).ShouldBeTrue(string.Join(" | ", headings));
    }

    [Fact]
    public void Docx_states_the_figures_and_the_conclusion()
    {
        using var document = WordprocessingDocument.Open(GeneratedDocuments.Of(Samples.Named("000")).Docx, false);
        var text = string.Join("\n", document.MainDocumentPart!.Document!.Body!.Descendants<Paragraph>().Select(p => p.InnerText));
        text.ShouldContain("2022 年度广州市花都区机关事务管理局部门整体支出绩效自评报告");
        text.ShouldContain("全年预算数 6,612.3 万元，执行数 6,247.8 万元，完成预算数的 94.5%");
        text.ShouldContain("自评得分 91.5 分，评级为“优”");
        text.ShouldContain("部门名称（盖章）：广州市花都区机关事务管理局");
        text.ShouldContain("填报日期：2024 年 3 月 31 日");
    }

    [Fact]
    public void Docx_sets_chinese_official_typography()
    {
        using var document = WordprocessingDocument.Open(GeneratedDocuments.Of(Samples.Named("002")).Docx, false);
        var main = document.MainDocumentPart!;
        var styles = main.StyleDefinitionsPart!.Styles!;
        var defaults = styles.DocDefaults!.RunPropertiesDefault!.RunPropertiesBaseStyle!.RunFonts!;
        defaults.EastAsia!.Value.ShouldBe("仿宋_GB2312");
        var heading = styles.Elements<Style>().Single(s => s.StyleId == "Heading1");
        heading.StyleRunProperties!.RunFonts!.EastAsia!.Value.ShouldBe("黑体");
        var normal = styles.Elements<Style>().Single(s => s.StyleId == "Normal");
        normal.StyleParagraphProperties!.Indentation!.FirstLineChars!.Value.ShouldBe(200);
        var fonts = main.FontTablePart!.Fonts!.Elements<Font>().ToDictionary(f => f.Name!.Value!);
        fonts["仿宋_GB2312"].AltName!.Val!.Value!.ShouldContain("AR PL SungtiL GB");
        fonts["黑体"].AltName!.Val!.Value!.ShouldContain("Noto Sans CJK SC");

        var section = main.Document!.Body!.Elements<SectionProperties>().Single();
        section.GetFirstChild<PageSize>()!.Width!.Value.ShouldBe(11906u);
        section.GetFirstChild<PageSize>()!.Height!.Value.ShouldBe(16838u);
        section.GetFirstChild<PageNumberType>()!.Start!.Value.ShouldBe(1);
        var footer = main.FooterParts.Single().Footer!;
        footer.Descendants<SimpleField>().Single().Instruction!.Value!.Trim().ShouldBe("PAGE");
    }

    [Fact]
    public void Docx_without_cover_starts_with_the_title()
    {
        var (evaluation, scheme) = Samples.Load(Samples.Named("003"));
        using var stream = new MemoryStream();
        ReportWriter.WriteDocx(evaluation, scheme, stream, new ReportOptions { Cover = false });
        stream.Position = 0;
        using var document = WordprocessingDocument.Open(stream, false);
        var first = document.MainDocumentPart!.Document!.Body!.Elements<Paragraph>().First();
        first.ParagraphProperties!.ParagraphStyleId!.Val!.Value.ShouldBe("Title");
        document.MainDocumentPart.Document.Body.Descendants<SectionProperties>().Count().ShouldBe(1);
    }
}
