using System.Text;
using Jixiao.Documents.Evaluations;
using Jixiao.Documents.Yaml;

namespace Jixiao.Documents.Tests.Yaml;

/// <summary>
/// Malformed and hostile YAML is refused with a Chinese message naming the line, never an exception of YamlDotNet's
/// and never unbounded memory or stack (issue 11, points 3 and 11).
/// </summary>
public sealed class HostileYamlTests
{
    private const string Head = "scheme: national-2020\ndepartment: 财政局\n";

    private static JixiaoFileException Refused(string yaml) =>
        Should.Throw<JixiaoFileException>(() => EvaluationFile.Parse(yaml, "bad.yaml"));

    [Fact]
    public void An_unclosed_flow_list_before_another_key_is_a_chinese_error_not_an_invalid_operation()
    {
        // YamlDotNet's scanner throws InvalidOperationException for this one.
        var error = Refused("scheme: national-2020\nyear: [2023\ndepartment: 财政局\n");

        error.Message.ShouldStartWith("bad.yaml 第 ");
        error.Message.ShouldContain("YAML 格式错误");
    }

    [Theory]
    [InlineData("year: [2023\n", "方括号 [ ] 写的列表没有闭合")]
    [InlineData("year: {a: 1\n", "花括号 { } 写的映射没有闭合")]
    [InlineData("year: \"2023\n", "引号没有闭合")]
    [InlineData("year: 2023\nnote: a: b\n", "此处不应出现“: ”")]
    [InlineData("year: 2023\nyear: 2024\n", "同一个字段名出现了两次")]
    [InlineData("year: 2023\nnote: *nope\n", "引用了未定义的锚点")]
    [InlineData("year: 2023\nnote: \"\\q\"\n", "未知的转义字符")]
    public void Syntax_errors_are_said_in_chinese_without_yamldotnets_english(string tail, string problem)
    {
        var error = Refused(Head + tail);

        error.Message.ShouldContain(problem);
        error.Message.ShouldNotMatch("[A-Za-z]{4,} [A-Za-z]{2,}"); // no English phrase (file names and keys are single words)
    }

    [Fact]
    public void Billion_laughs_is_refused_with_the_node_limit()
    {
        var yaml = new StringBuilder(Head + "year: 2023\na0: &a0 [x, x, x, x, x, x, x, x, x, x]\n");
        for (var i = 1; i < 9; i++)
            yaml.Append($"a{i}: &a{i} [{string.Join(", ", Enumerable.Repeat($"*a{i - 1}", 10))}]\n");

        var text = yaml.ToString();
        var before = GC.GetAllocatedBytesForCurrentThread();

        var error = Refused(text);

        error.Message.ShouldContain($"别名（*名称）展开后内容过多（超过 {YamlLimits.MaxNodes} 个节点）");
        // A few kilobytes of YAML standing for 10⁹ nodes: refused before any copy is built.
        (GC.GetAllocatedBytesForCurrentThread() - before).ShouldBeLessThan(20L << 20);
    }

    [Fact]
    public void Aliases_within_the_limit_are_read()
    {
        var evaluation = EvaluationFile.Parse(Head + "year: 2023\nannualGoal: &goal 保障机关运转\nnarrative:\n  goal: *goal\n", "ok.yaml");

        evaluation.Narrative["goal"].ShouldBe("保障机关运转");
    }

    [Fact]
    public void Deep_nesting_is_refused_with_the_depth_limit_before_the_stack_runs_out()
    {
        var error = Refused(Head + "year: " + new string('[', 200_000) + new string(']', 200_000) + "\n");

        error.Message.ShouldContain($"嵌套层次太深（超过 {YamlLimits.MaxDepth} 层）");
    }

    [Fact]
    public void A_list_as_a_key_is_refused()
    {
        var error = Refused(Head + "? [a, b]\n: 1\n");

        error.Message.ShouldContain("映射的键必须是文字");
    }

    [Fact]
    public void Too_many_nodes_are_refused_with_the_limit()
    {
        var error = Refused(Head + "year: 2023\nnarrative:\n  goal: [" + string.Join(",", Enumerable.Repeat("1", YamlLimits.MaxNodes)) + "]\n");

        error.Message.ShouldContain($"超过 {YamlLimits.MaxNodes} 个节点");
    }

    [Theory]
    [InlineData("\\v", "U+000B")]
    [InlineData("\\a", "U+0007")]
    [InlineData("\\0", "U+0000")]
    public void A_control_character_in_a_name_is_refused_naming_it_and_its_line(string escape, string code)
    {
        var error = Refused($"scheme: national-2020\nyear: 2023\ndepartment: \"财政{escape}局\"\n");

        error.Line.ShouldBe(3);
        error.Message.ShouldContain($"不可见的控制字符（{code}）");
    }
}
