using Jixiao.Documents.Report.Pdf;

namespace Jixiao.Documents.Tests.Report;

public sealed class LineBreakerTests
{
    private const string Text = "2022年度全年预算数6,612.30万元，执行数6,247.80万元，完成预算数的94.5%。其中基本支出2,265.44万元，完成预算数的93.7%，项目支出3,982.35万元，完成预算数的94.9%。以“建章立制树规矩，流程再造补漏洞”为工作思路（见附件）。";

    [Theory]
    [InlineData(120)]
    [InlineData(160)]
    [InlineData(200)]
    [InlineData(442.2)]
    public void Lines_keep_numbers_whole_and_punctuation_where_chinese_typesetting_puts_it(double width)
    {
        var lines = new LineBreaker(PdfFontSet.Shared).Wrap(Text, FontRole.Body, 16, width - 32, width, -0.25);
        var texts = lines.Select(l => string.Concat(l.Runs.Select(r => r.Text))).ToList();
        string.Concat(texts).ShouldBe(Text);
        foreach (var line in texts.Skip(1))
            "，。、；：？！）》”%".ShouldNotContain(line[0]);
        foreach (var line in texts)
            "（《“".ShouldNotContain(line[^1]);
        foreach (var number in new[] { "6,612.30", "6,247.80", "2,265.44", "3,982.35", "94.5%" })
            texts.ShouldContain(t => t.Contains(number, StringComparison.Ordinal), number);
        // Nothing hangs into the margin, not even closing punctuation.
        lines.ShouldAllBe(l => l.Width <= width + 0.01);
    }

    [Fact]
    public void A_body_line_holds_28_chinese_characters()
    {
        // GB/T 9704: 28 characters of 三号 on the 156 mm line.
        var text = new string('字', 60);
        var lines = new LineBreaker(PdfFontSet.Shared).Wrap(text, FontRole.Body, 16, 442.2, 442.2, -0.25);
        lines[0].Runs.Count.ShouldBe(28);
        lines[1].Runs.Count.ShouldBe(28);
    }

    [Fact]
    public void Closing_punctuation_takes_the_character_before_it_to_the_next_line()
    {
        // 27 characters and a comma would end the line exactly at 28; one more character and the comma moves down with it.
        var text = new string('字', 28) + "，后文";
        var lines = new LineBreaker(PdfFontSet.Shared).Wrap(text, FontRole.Body, 16, 442.2, 442.2, -0.25);
        var second = string.Concat(lines[1].Runs.Select(r => r.Text));
        second.ShouldStartWith("字，");
        lines[0].Runs.Count.ShouldBe(27);
    }

    [Fact]
    public void A_latin_word_longer_than_the_line_is_cut()
    {
        var url = "https://www.huadu.gov.cn/" + new string('x', 120);
        var lines = new LineBreaker(PdfFontSet.Shared).Wrap("见" + url, FontRole.Body, 16, 200, 200);
        lines.Count.ShouldBeGreaterThan(1);
        lines.ShouldAllBe(l => l.Width <= 200.01);
        string.Concat(lines.SelectMany(l => l.Runs).Select(r => r.Text)).ShouldBe("见" + url);
    }

    [Fact]
    public void Digits_come_from_the_latin_face_and_chinese_from_the_role_face()
    {
        var fonts = PdfFontSet.Shared;
        var line = new LineBreaker(fonts).Wrap("（一）部门概况2022", FontRole.Kai, 16, 400, 400).Single();
        line.Runs.ShouldContain(r => r.Text == "部" && r.Role == FontRole.Kai);
        line.Runs.ShouldContain(r => r.Text == "2022" && r.Role == FontRole.Latin);
    }

    [Fact]
    public void Characters_the_chinese_faces_lack_come_from_the_symbols_face()
    {
        var line = new LineBreaker(PdfFontSet.Shared).Wrap("场地面积800m²", FontRole.Body, 16, 400, 400).Single();
        line.Runs.ShouldContain(r => r.Text.Contains('²', StringComparison.Ordinal) && (r.Role == FontRole.Symbols || r.Role == FontRole.Latin));
        line.Runs.ShouldContain(r => r.Text == "场" && r.Role == FontRole.Body);
    }
}
