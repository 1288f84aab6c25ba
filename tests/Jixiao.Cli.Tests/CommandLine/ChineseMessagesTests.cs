using System.Text.RegularExpressions;

namespace Jixiao.Cli.Tests.CommandLine;

/// <summary>
/// Help, usage errors and suggestions in Chinese, with no English text of System.CommandLine's and no doubled
/// stops; an unknown option is rejected with the closest one instead of being taken for a file (issue 11, points
/// 12 and 14).
/// </summary>
public sealed partial class ChineseMessagesTests
{
    /// <summary>Words System.CommandLine writes in English; none may reach the user.</summary>
    private static readonly string[] English =
        ["Description:", "Usage:", "Options:", "Commands:", "Arguments:", "Show help", "Show version", "[default:", "Did you mean", "was not matched", "Required", "Unrecognized"];

    [Theory]
    [InlineData]
    [InlineData("check")]
    [InlineData("report")]
    [InlineData("import")]
    [InlineData("audit")]
    [InlineData("schemes")]
    [InlineData("rules")]
    public void Help_is_chinese_for_every_command(params string[] command)
    {
        var (code, stdout, _) = CliRunner.Run([.. command, "--help"]);

        code.ShouldBe(0);
        stdout.ShouldContain("用法：");
        stdout.ShouldContain("选项：");
        stdout.ShouldContain("显示帮助");
        foreach (var word in English)
            stdout.ShouldNotContain(word);
    }

    [Fact]
    public void Report_help_shows_its_defaults_in_chinese()
    {
        var (_, stdout, _) = CliRunner.Run("report", "--help");

        stdout.ShouldContain("（默认：docx,xlsx,pdf）");
        stdout.ShouldContain("-o, --out <目录>");
    }

    [Fact]
    public void A_misspelt_command_gets_the_closest_command_in_chinese()
    {
        var (code, stdout, stderr) = CliRunner.Run("chek", "x.yaml");

        code.ShouldBe(2);
        stdout.ShouldBeEmpty();
        stderr.ShouldContain("错误：未知的命令“chek”。是否应为“check”？");
        NoEnglishOrDoubleStops(stderr);
    }

    [Fact]
    public void No_command_asks_for_one_in_chinese_without_two_stops()
    {
        var (code, _, stderr) = CliRunner.Run();

        code.ShouldBe(2);
        stderr.ShouldContain("请指定要运行的命令：check、");
        NoEnglishOrDoubleStops(stderr);
    }

    [Fact]
    public void An_unknown_option_is_rejected_with_the_closest_option_not_taken_as_a_file()
    {
        var (code, stdout, stderr) = CliRunner.Run("check", "--jsn", CliRunner.Sample("002"));

        code.ShouldBe(2);
        stdout.ShouldBeEmpty(); // nothing was checked
        stderr.ShouldContain("错误：未知的选项“--jsn”。是否应为“--json”？");
        stderr.ShouldContain("运行“jixiao check --help”查看用法。");
        stderr.ShouldNotContain("文件不存在");
    }

    [Fact]
    public void A_file_whose_name_starts_with_a_dash_is_read_after_a_double_dash()
    {
        var (code, _, stderr) = CliRunner.Run("check", "--", "--jsn");

        code.ShouldBe(1);
        stderr.ShouldContain("错误：--jsn：文件不存在");
    }

    [Fact]
    public void A_missing_argument_and_a_missing_option_value_are_said_in_chinese()
    {
        var (code, _, stderr) = CliRunner.Run("audit", "--out");

        code.ShouldBe(2);
        stderr.ShouldContain("选项“--out”缺少值");
        stderr.ShouldContain("缺少参数 <路径>");
        NoEnglishOrDoubleStops(stderr);
    }

    private static void NoEnglishOrDoubleStops(string text)
    {
        foreach (var word in English)
            text.ShouldNotContain(word);
        text.ShouldNotContain("。.");
        text.ShouldNotContain("。。");
        AnEnglishSentence().IsMatch(text).ShouldBeFalse(text);
    }

    [GeneratedRegex("[A-Za-z]{3,} [a-z]{2,} [a-z]{2,}")]
    private static partial Regex AnEnglishSentence();
}
