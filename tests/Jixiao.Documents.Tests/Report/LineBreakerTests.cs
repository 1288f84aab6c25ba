using Jixiao.Documents.Report.Pdf;

namespace Jixiao.Documents.Tests.Report;

public sealed class LineBreakerTests
{
    private const string Text = "2022 年度全年预算数 6,612.3 万元，执行数 6,247.8 万元，完成预算数的 94.5%。其中基本支出 2,265.44 万元，完成预算数的 93.7%，项目支出 3,982.35 万元，完成预算数的 94.9%。以“建章立制树规矩，流程再造补漏洞”为工作思路（见附件）。";

    [Theory]
    [InlineData(120)]
    [InlineData(160)]
    [InlineData(200)]
    [InlineData(442)]
    public void Lines_keep_numbers_whole_and_punctuation_where_chinese_typesetting_puts_it(double width)
    {
        var lines = new LineBreaker(PdfFontSet.Shared).Wrap(Text, 16, width - 32, width);
        var texts = lines.Select(l => string.Concat(l.Runs.Select(r => r.Text))).ToList();
        string.Concat(texts).Replace(" ", "", StringComparison.Ordinal).ShouldBe(Text.Replace(" ", "", StringComparison.Ordinal));
        foreach (var line in texts.Skip(1))
            "，。、；：？！）》”%".ShouldNotContain(line[0]);
        foreach (var line in texts)
            "（《“".ShouldNotContain(line[^1]);
        foreach (var number in new[] { "6,612.3", "6,247.8", "2,265.44", "3,982.35", "94.5%" })
            texts.ShouldContain(t => t.Contains(number, StringComparison.Ordinal), number);
        // Only a hanging closing mark may pass the right edge.
        lines.ShouldAllBe(l => l.Width <= width + 16.5);
    }

    [Theory]
    [InlineData(60)]
    [InlineData(90)]
    [InlineData(130)]
    public void In_a_table_cell_nothing_passes_the_right_edge(double width)
    {
        var lines = new LineBreaker(PdfFontSet.Shared).Wrap(Text, 10.5, width, width, hang: false);
        lines.ShouldAllBe(l => l.Width <= width + 0.01 || l.Runs.Count == 1 && l.Runs[0].Text.Length <= 8);
        foreach (var line in lines.Skip(1))
            "，。、；：？！）》”%".ShouldNotContain(line.Runs[0].Text[0]);
    }

    [Fact]
    public void A_latin_word_longer_than_the_line_is_cut()
    {
        var url = "https://www.huadu.gov.cn/" + new string('x', 120);
        var lines = new LineBreaker(PdfFontSet.Shared).Wrap("见" + url, 16, 200, 200);
        lines.Count.ShouldBeGreaterThan(1);
        lines.ShouldAllBe(l => l.Width <= 200.01);
        string.Concat(lines.SelectMany(l => l.Runs).Select(r => r.Text)).ShouldBe("见" + url);
    }

    [Fact]
    public void Characters_the_chinese_font_lacks_come_from_the_fallback()
    {
        var fonts = PdfFontSet.Shared;
        if (fonts.Fallback is null)
            Assert.Skip("no fallback font (fonts-dejavu-core) on this machine");
        var line = new LineBreaker(fonts).Wrap("场地面积 800 m²", 16, 400, 400).Single();
        line.Runs.ShouldContain(r => r.Fallback && r.Text.Contains('²', StringComparison.Ordinal));
        line.Runs.ShouldContain(r => !r.Fallback && r.Text.Contains("场地", StringComparison.Ordinal));
    }
}
