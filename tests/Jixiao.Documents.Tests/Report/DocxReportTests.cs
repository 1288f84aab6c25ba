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
    public void Docx_headings_read_back_are_the_composed_headings_in_order(string sample, string schemeId)
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
        headings.ShouldBe(ReportComposerTests.Headings(ReportComposerTests.Compose(evaluation, scheme)));
    }

    [Fact]
    public void Docx_states_the_figures_and_the_conclusion()
    {
        using var document = WordprocessingDocument.Open(GeneratedDocuments.Of(Samples.Named("000")).Docx, false);
        var text = string.Join("\n", document.MainDocumentPart!.Document!.Body!.Descendants<Paragraph>().Select(p => p.InnerText));
        text.ShouldContain("2022年度广州市花都区机关事务管理局部门整体支出绩效自评报告");
        text.ShouldContain("全年预算数6,612.30万元，执行数6,247.80万元，完成预算数的94.49%");
        text.ShouldContain("自评得分91.5分，评级为“优”");
        text.ShouldContain("部门名称（盖章）：广州市花都区机关事务管理局");
        text.ShouldContain("填报日期：2024年3月31日");
    }

    [Fact]
    public void Docx_sets_gbt_9704_typography()
    {
        using var document = WordprocessingDocument.Open(GeneratedDocuments.Of(Samples.Named("002")).Docx, false);
        var main = document.MainDocumentPart!;
        var styles = main.StyleDefinitionsPart!.Styles!;
        styles.DocDefaults!.RunPropertiesDefault!.RunPropertiesBaseStyle!.RunFonts!.EastAsia!.Value.ShouldBe("仿宋_GB2312");
        styles.DocDefaults.RunPropertiesDefault.RunPropertiesBaseStyle.FontSize!.Val!.Value.ShouldBe("32"); // 三号
        string Font(string id) => styles.Elements<Style>().Single(s => s.StyleId == id).StyleRunProperties!.RunFonts!.EastAsia!.Value!;
        Font("Title").ShouldBe("方正小标宋简体");
        Font("Heading1").ShouldBe("黑体");
        Font("Heading2").ShouldBe("楷体_GB2312");
        styles.Elements<Style>().Single(s => s.StyleId == "Heading3").StyleRunProperties!.Bold.ShouldNotBeNull();
        styles.Elements<Style>().Single(s => s.StyleId == "Title").StyleRunProperties!.FontSize!.Val!.Value.ShouldBe("44"); // 二号
        var normal = styles.Elements<Style>().Single(s => s.StyleId == "Normal");
        normal.StyleParagraphProperties!.Indentation!.FirstLineChars!.Value.ShouldBe(200);
        normal.StyleParagraphProperties.Justification!.Val!.Value.ShouldBe(JustificationValues.Both);

        var section = main.Document!.Body!.Elements<SectionProperties>().Single();
        section.GetFirstChild<PageSize>()!.Width!.Value.ShouldBe(11906u);
        section.GetFirstChild<PageSize>()!.Height!.Value.ShouldBe(16838u);
        var margin = section.GetFirstChild<PageMargin>()!;
        // 上 37 mm, 下 35 mm, 左 28 mm, 右 26 mm, in twips (mm × 1440 / 25.4).
        margin.Top!.Value.ShouldBe(2098);
        margin.Bottom!.Value.ShouldBe(1984);
        margin.Left!.Value.ShouldBe(1587u);
        margin.Right!.Value.ShouldBe(1474u);
        section.GetFirstChild<DocGrid>()!.LinePitch!.Value.ShouldBe(579); // 225 mm / 22 lines
        section.GetFirstChild<PageNumberType>()!.Start!.Value.ShouldBe(1);
        main.FooterParts.Select(f => f.Footer!.Descendants<SimpleField>().Single().Instruction!.Value!.Trim()).ShouldAllBe(i => i == "PAGE");
        main.FooterParts.Select(f => f.Footer!.InnerText).ShouldAllBe(t => t == "— 1 —");
    }

    [Fact]
    public void Docx_page_breaks_are_properties_not_empty_paragraphs()
    {
        using var document = WordprocessingDocument.Open(GeneratedDocuments.Of(Samples.Named("004")).Docx, false);
        var body = document.MainDocumentPart!.Document!.Body!;
        body.Descendants<Break>().ShouldNotContain(b => b.Type != null && b.Type.Value == BreakValues.Page);
        var label = body.Elements<Paragraph>().Single(p => p.ParagraphProperties?.ParagraphStyleId?.Val?.Value == "AppendixLabel");
        label.InnerText.ShouldBe("附件");
        var styles = document.MainDocumentPart.StyleDefinitionsPart!.Styles!;
        styles.Elements<Style>().Single(s => s.StyleId == "AppendixLabel").StyleParagraphProperties!.PageBreakBefore.ShouldNotBeNull();
    }

    [Fact]
    public void A_draft_docx_says_so_at_the_head_of_every_page_and_a_final_one_does_not()
    {
        var (evaluation, scheme) = Samples.Load(Samples.Named("003"));
        foreach (var draft in new[] { true, false })
        {
            using var stream = new MemoryStream();
            ReportWriter.WriteDocx(evaluation, scheme, stream, new ReportOptions { Draft = draft });
            stream.Position = 0;
            using var document = WordprocessingDocument.Open(stream, false);
            var main = document.MainDocumentPart!;
            main.HeaderParts.Select(h => h.Header!.InnerText).ShouldAllBe(t => t == (draft ? "草稿" : ""));
            // Every section, the cover's too, refers to that header.
            main.Document!.Body!.Descendants<SectionProperties>().ShouldAllBe(s => s.Elements<HeaderReference>().Any());
            string.Concat(main.Document.Body.Descendants<Text>().Select(t => t.Text)).ShouldNotContain("草稿");
        }
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
