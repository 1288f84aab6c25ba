using System.Text.Json;

namespace Jixiao.Cli.Tests.Inputs;

/// <summary>
/// One bad input never stops a batch: it gets a Chinese error naming it, the others are processed, the exit code
/// says some failed (issue 11, points 3, 4, 5, 10, 11 and 14).
/// </summary>
public sealed class BatchIsolationTests : IDisposable
{
    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public void Check_with_an_unclosed_flow_list_names_the_file_in_chinese_and_checks_the_next()
    {
        // YamlDotNet throws InvalidOperationException for this, which escaped as an English stack trace.
        var bad = _folder.Write("bad.yaml", "scheme: national-2020\nyear: [2023\ndepartment: 财政局\n");

        var (code, stdout, stderr) = CliRunner.Run("check", bad, CliRunner.Sample("002"));

        code.ShouldBe(1);
        stderr.ShouldContain("错误：" + bad + " 第 ");
        stderr.ShouldContain("YAML 格式错误");
        stderr.ShouldNotContain("   at ");
        stderr.ShouldNotContain("Exception");
        stdout.ShouldContain("广州市花都区人民政府办公室");
    }

    [Theory]
    [InlineData("spent: { total: 6247.8,", "spent: { total: 79000000000000000000000000000,")]
    [InlineData("budget: { total: 6612.3,", "budget: { total: 0.0000000000000000000000001,")]
    public void Check_with_an_amount_beyond_decimal_arithmetic_gives_findings_not_an_overflow(string figure, string changed)
    {
        var file = _folder.Write("huge.yaml", Evaluations.Changed(figure, changed));

        var (code, stdout, stderr) = CliRunner.Run("check", "--json", file);

        code.ShouldBe(0);
        stderr.ShouldBeEmpty();
        using var json = JsonDocument.Parse(stdout);
        json.RootElement.GetProperty("rates").TryGetProperty("execution", out _).ShouldBeFalse();
        json.RootElement.GetProperty("findings").EnumerateArray()
            .ShouldContain(f => f.GetProperty("kind").GetString() == "implausible_figure" && f.GetProperty("severity").GetString() == "error");
    }

    [Fact]
    public void Check_reports_a_negative_budget_as_an_error_finding()
    {
        var file = _folder.Write("negative.yaml", Evaluations.Changed("budget: { total: 6612.3,", "budget: { total: -6612.3,"));

        var (_, stdout, _) = CliRunner.Run("check", "--json", file);

        using var json = JsonDocument.Parse(stdout);
        json.RootElement.GetProperty("findings").EnumerateArray()
            .ShouldContain(f => f.GetProperty("kind").GetString() == "implausible_figure" && f.GetProperty("message").GetString()!.Contains("全年预算数为负数"));
    }

    [Fact]
    public void Check_reports_an_indicator_listed_twice_as_an_error_finding()
    {
        var file = _folder.Write("twice.yaml", Evaluations.Changed("indicators:\n", "indicators:\n  - { level1: 关键指标, name: 任务完成率, target: \"100%\", task: 任务1 }\n", "001"));

        var (_, stdout, _) = CliRunner.Run("check", "--json", file);

        using var json = JsonDocument.Parse(stdout);
        json.RootElement.GetProperty("findings").EnumerateArray()
            .ShouldContain(f => f.GetProperty("kind").GetString() == "duplicate_indicator" && f.GetProperty("message").GetString()!.Contains("任务完成率"));
    }

    [Fact]
    public void Check_json_prints_an_error_line_for_every_file_that_failed_in_input_order()
    {
        var bad = _folder.Write("bad.yaml", "scheme: national-2020\nyear: [2023\ndepartment: 财政局\n");

        var (code, stdout, _) = CliRunner.Run("check", "--json", bad, CliRunner.Sample("002"), "no-such.yaml");

        code.ShouldBe(1);
        var lines = stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => JsonDocument.Parse(l).RootElement).ToList();
        lines.Count.ShouldBe(3);
        lines[0].GetProperty("file").GetString().ShouldBe(bad);
        lines[0].GetProperty("error").GetString()!.ShouldContain("YAML 格式错误");
        lines[1].GetProperty("department").GetString().ShouldBe("广州市花都区人民政府办公室");
        lines[2].GetProperty("error").GetString()!.ShouldContain("文件不存在");
    }

    [Fact]
    public void Check_refuses_a_yaml_alias_bomb_naming_the_limit_and_checks_the_next_file()
    {
        var yaml = new System.Text.StringBuilder("scheme: national-2020\ndepartment: 财政局\nyear: 2023\na0: &a0 [x, x, x, x, x, x, x, x, x, x]\n");
        for (var i = 1; i < 9; i++)
            yaml.Append($"a{i}: &a{i} [{string.Join(", ", Enumerable.Repeat($"*a{i - 1}", 10))}]\n");
        var bomb = _folder.Write("bomb.yaml", yaml.ToString());

        var (code, stdout, stderr) = CliRunner.RunWith(["check", bomb, CliRunner.Sample("002")], timeout: TimeSpan.FromSeconds(30));

        code.ShouldBe(1);
        stderr.ShouldContain("别名（*名称）展开后内容过多（超过 200000 个节点）");
        stdout.ShouldContain("广州市花都区人民政府办公室");
    }

    [Fact]
    public void Report_writes_the_good_files_when_one_input_is_malformed_and_another_overflows()
    {
        var malformed = _folder.Write("in/bad.yaml", "scheme: national-2020\nyear: [2023\ndepartment: 财政局\n");
        var overflowing = _folder.Write("in/huge.yaml", Evaluations.Changed("budget: { total: 6612.3,", "budget: { total: 0.0000000000000000000000001,"));
        var outDir = _folder.File("out");

        var (code, stdout, stderr) = CliRunner.Run("report", "--format", "docx,xlsx", "--out", outDir, malformed, CliRunner.Sample("002"), overflowing);

        code.ShouldBe(1);
        stderr.ShouldContain(malformed);
        stderr.ShouldNotContain("   at ");
        stdout.ShouldContain("共 3 个文件：成功 2 个，失败 1 个");
        // The overflowing figure is an error finding: its documents are drafts, with the list of what to fix.
        _folder.Entries("out").ShouldBe([
            "广州市花都区机关事务管理局-2022-自评报告.docx", "广州市花都区机关事务管理局-2022-自评表.xlsx", "广州市花都区机关事务管理局-2022.待修改.txt",
            "广州市花都区人民政府办公室-2023-自评报告.docx", "广州市花都区人民政府办公室-2023-自评表.xlsx",
        ], ignoreOrder: true);
        File.ReadAllText(_folder.File("out/广州市花都区机关事务管理局-2022.待修改.txt")).ShouldContain("预算执行率无法计算");
    }
}
