using Jixiao.Documents.Evaluations;
using Jixiao.Documents.Schemes;
using Jixiao.Documents.Yaml;

namespace Jixiao.Documents.Tests.Evaluations;

public sealed class EvaluationFileTests
{
    private static readonly SchemeCatalog Schemes = SchemeCatalog.Load(Path.Combine(AppContext.BaseDirectory, "schemes"));

    [Fact]
    public void Every_sample_loads_with_a_known_scheme()
    {
        var files = Directory.GetFiles(Path.Combine(AppContext.BaseDirectory, "samples"), "*.yaml");

        files.Length.ShouldBe(5);
        foreach (var file in files)
            Schemes.Find(EvaluationFile.Load(file, Schemes).SchemeId).ShouldNotBeNull(file);
    }

    [Fact]
    public void Numbers_keep_their_written_precision()
    {
        // Seed 000 writes "完成预算数的 94.5%": one decimal, which the audit rounds to.
        var file = Directory.GetFiles(Path.Combine(AppContext.BaseDirectory, "samples"), "000_*.yaml").Single();

        var stated = EvaluationFile.Load(file, Schemes).Stated.Rates["execution"];

        stated.ShouldBe(94.5m);
        stated.Scale.ShouldBe((byte)1);
    }

    [Theory]
    [InlineData("department: 甲\nyear: 2023\nscheme: national-2020\nstated: { grade: 甲等 }\n", "未知的评级“甲等”", 4)]
    [InlineData("department: 甲\nyear: 2023\nscheme: national-2020\nfigures:\n  spent: { total: 一百 }\n", "不是数字", 5)]
    [InlineData("department: 甲\nyear: 20\nscheme: national-2020\n", "年度 20 不合理", 2)]
    [InlineData("department: 甲\nyear: 2023\nscheme: mars-2023\n", "未知的评分方案“mars-2023”", 3)]
    [InlineData("department: 甲\nyear: 2023\nscheme: national-2020\nfigures:\n  budget: { totl: 1 }\n", "未知字段“totl”", 5)]
    [InlineData("year: 2023\nscheme: national-2020\n", "缺少必填字段“department”", 1)]
    public void Bad_evaluation_names_the_line(string yaml, string problem, int line)
    {
        var error = Should.Throw<JixiaoFileException>(() => EvaluationFile.Parse(yaml, "bad.yaml", Schemes));

        error.Message.ShouldContain(problem);
        error.Line.ShouldBe(line);
        error.Message.ShouldStartWith("bad.yaml 第 ");
    }
}
