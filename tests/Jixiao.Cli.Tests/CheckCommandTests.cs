using System.Text.Json;

namespace Jixiao.Cli.Tests;

public sealed class CheckCommandTests
{
    [Fact]
    public void Json_gives_one_object_per_file_with_score_grade_and_findings()
    {
        var (code, stdout, _) = CliRunner.Run("check", "--json", "--scheme", "national-2020", CliRunner.Sample("002"), CliRunner.Sample("003"));

        code.ShouldBe(0);
        var lines = stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        lines.Length.ShouldBe(2);
        using var first = JsonDocument.Parse(lines[0]);
        var root = first.RootElement;
        root.GetProperty("department").GetString().ShouldBe("广州市花都区人民政府办公室");
        root.GetProperty("year").GetInt32().ShouldBe(2023);
        root.GetProperty("score").GetDecimal().ShouldBe(99.98m);
        root.GetProperty("grade").GetString().ShouldBe("优");
        root.GetProperty("rates").GetProperty("execution").GetDecimal().ShouldBe(99.82m);
        using var second = JsonDocument.Parse(lines[1]);
        second.RootElement.GetProperty("findings").EnumerateArray()
            .ShouldContain(f => f.GetProperty("kind").GetString() == "sum_mismatch" && f.GetProperty("computed").GetDecimal() == 6384.99m);
    }

    [Fact]
    public void Table_output_is_chinese_and_explains_scores()
    {
        var (code, stdout, _) = CliRunner.Run("check", "--explain", CliRunner.Sample("000"));

        code.ShouldBe(0);
        stdout.ShouldContain("广州市花都区机关事务管理局");
        stdout.ShouldContain("预算执行率");
        stdout.ShouldContain("无法评价");
        stdout.ShouldContain("91.5");
        stdout.ShouldContain("规则 execution-rate");
    }

    [Fact]
    public void Missing_file_is_a_chinese_error_without_stack_trace()
    {
        var (code, stdout, stderr) = CliRunner.Run("check", "no-such-file.yaml", CliRunner.Sample("002"));

        code.ShouldBe(1);
        stderr.ShouldContain("no-such-file.yaml");
        stderr.ShouldContain("文件不存在");
        stderr.ShouldNotContain("   at ");
        stdout.ShouldContain("广州市花都区人民政府办公室"); // the other file is still checked
    }

    [Fact]
    public void Malformed_yaml_names_the_line()
    {
        var file = Path.Combine(Path.GetTempPath(), $"jixiao-bad-{Guid.NewGuid():N}.yaml");
        File.WriteAllText(file, "department: 测试\nyear: 2023\nscheme: national-2020\nfigures:\n  budget: { total: 12\n");
        try
        {
            var (code, _, stderr) = CliRunner.Run("check", file);

            code.ShouldBe(1);
            stderr.ShouldContain(Path.GetFileName(file));
            stderr.ShouldContain("YAML 格式错误");
            stderr.ShouldContain("行");
            stderr.ShouldNotContain("   at ");
        }
        finally
        {
            File.Delete(file);
        }
    }

    [Fact]
    public void Unknown_scheme_lists_the_known_ones()
    {
        var file = Path.Combine(Path.GetTempPath(), $"jixiao-scheme-{Guid.NewGuid():N}.yaml");
        File.WriteAllText(file, "department: 测试\nyear: 2023\nscheme: atlantis-2023\n");
        try
        {
            var (code, _, stderr) = CliRunner.Run("check", file);

            code.ShouldBe(1);
            stderr.ShouldContain("第 3 行");
            stderr.ShouldContain("未知的评分方案“atlantis-2023”");
            stderr.ShouldContain("national-2020");
        }
        finally
        {
            File.Delete(file);
        }
    }

    [Fact]
    public void Schemes_lists_every_scheme_with_its_total_weight()
    {
        var (code, stdout, _) = CliRunner.Run("schemes");

        code.ShouldBe(0);
        foreach (var id in new[] { "national-2020", "guangzhou-2021", "guangzhou-2022", "guangzhou-2023", "hunan-2021", "sichuan-2022" })
            stdout.ShouldContain(id);
        stdout.ShouldContain("100");
    }
}
