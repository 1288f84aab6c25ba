using System.Text;
using Jixiao.Documents.Files;

namespace Jixiao.Documents.Tests.Files;

public sealed class FileNamesTests
{
    [Theory]
    [InlineData("财政局\v-2023", "财政局-2023")]
    [InlineData("财政局\a\u0085-2023", "财政局-2023")]
    [InlineData("a/b\\c:d*e?f\"g<h>i|j", "a_b_c_d_e_f_g_h_i_j")]
    [InlineData("..隐藏", "隐藏")]
    [InlineData("  \t ", "未命名")]
    public void Control_characters_are_removed_and_separators_replaced(string text, string stem) =>
        FileNames.Stem(text).ShouldBe(stem);

    [Fact]
    public void A_long_name_is_cut_at_a_whole_character_to_leave_room_for_the_suffix()
    {
        const string suffix = "-自评报告.docx";
        var reserved = Encoding.UTF8.GetByteCount(suffix);

        var stem = FileNames.Stem(new string('局', 300), reserved);

        Encoding.UTF8.GetByteCount(stem + suffix).ShouldBeLessThanOrEqualTo(255);
        stem.ShouldBe(new string('局', (255 - reserved) / 3));
    }

    [Fact]
    public void A_surrogate_pair_is_never_split()
    {
        var stem = FileNames.Stem(string.Concat(Enumerable.Repeat("𠀀", 100)), 10);

        stem.Length.ShouldBe(2 * ((255 - 10) / 4));
        char.IsHighSurrogate(stem[^1]).ShouldBeFalse();
    }
}
