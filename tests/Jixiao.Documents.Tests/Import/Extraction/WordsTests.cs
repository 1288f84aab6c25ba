using Jixiao.Documents.Import.Structure;

namespace Jixiao.Documents.Tests.Import.Extraction;

/// <summary>The small text helpers every reader leans on.</summary>
public sealed class WordsTests
{
    [Fact]
    public void White_space_is_exactly_what_char_IsWhiteSpace_says_for_every_character()
    {
        for (var c = char.MinValue; c < char.MaxValue; c++)
            Words.IsWhiteSpace(c).ShouldBe(char.IsWhiteSpace(c), $"U+{(int)c:X4}");
    }

    [Theory]
    [InlineData("部门 整体\u3000支出\t绩效", "部门整体支出绩效")]
    [InlineData("\u00A0年初预算数\u2002", "年初预算数")]
    [InlineData("全年预算数", "全年预算数")]
    public void Compact_takes_out_every_white_space(string text, string compact) => Words.Compact(text).ShouldBe(compact);
}
