using Jixiao.Documents.Schemes;
using Jixiao.Documents.Yaml;

namespace Jixiao.Documents.Tests.Schemes;

public sealed class SchemeFileTests
{
    private static string SchemesFolder => Path.Combine(AppContext.BaseDirectory, "schemes");

    private const string Valid = """
        id: test-2024
        name: 测试方案
        region: 测试省
        year: 2024
        source: 测试文件
        grades:
          - { grade: 优, min: 90 }
          - { grade: 良, min: 80 }
          - { grade: 中, min: 60 }
          - { grade: 差, min: 0 }
        indicators:
          - id: execution
            name: 预算执行率
            weight: 10
            rule: execution-rate
          - id: indicators
            name: 绩效指标
            weight: 90
            rule: department-indicators
            match: ["*"]
        outline:
          sections:
            - { id: basics, title: 一、基本情况 }
        """;

    [Theory]
    [InlineData("national-2020", 100)]
    [InlineData("guangzhou-2021", 100)]
    [InlineData("guangzhou-2022", 100)]
    [InlineData("guangzhou-2023", 100)]
    [InlineData("hunan-2021", 100)]
    [InlineData("sichuan-2022", 100)]
    public void Every_scheme_file_loads_and_weighs_100(string id, int total)
    {
        var scheme = SchemeFile.Load(Path.Combine(SchemesFolder, id + ".yaml"));

        scheme.Id.ShouldBe(id);
        scheme.TotalWeight.ShouldBe(total);
        scheme.Source.ShouldNotBeNullOrWhiteSpace();
        scheme.Outline.Sections.ShouldNotBeEmpty();
    }

    [Fact]
    public void Sichuan_scheme_has_the_25_30_45_shape()
    {
        var scheme = SchemeFile.Load(Path.Combine(SchemesFolder, "sichuan-2022.yaml"));

        scheme.Indicators.Select(n => n.Weight).ShouldBe([25m, 30m, 45m]);
    }

    [Fact]
    public void Hunan_outline_has_its_eleven_sections_in_order()
    {
        var scheme = SchemeFile.Load(Path.Combine(SchemesFolder, "hunan-2021.yaml"));

        var titles = scheme.Outline.Sections.Where(s => s.Required).Select(s => s.Title).ToList();
        titles.Count.ShouldBe(11);
        titles[0].ShouldBe("一、部门概况");
        titles[10].ShouldBe("十一、绩效自评结果拟应用和公开情况");
    }

    [Fact]
    public void A_valid_minimal_scheme_loads()
    {
        SchemeFile.Parse(Valid, "test-2024.yaml").TotalWeight.ShouldBe(100m);
    }

    [Theory]
    [InlineData("weight: 90\n    rule: department", "weight: 80\n    rule: department", "分值合计 90", "11")]
    [InlineData("rule: execution-rate", "rule: execution-rat", "未知的计分规则“execution-rat”", "15")]
    [InlineData("id: indicators", "id: execution", "指标 id“execution”重复", "16")]
    [InlineData("    name: 预算执行率\n", "", "缺少必填字段“name”", "12")]
    [InlineData("    weight: 10\n", "    weigth: 10\n", "未知字段“weigth”", "14")]
    [InlineData("source: 测试文件\n", "", "缺少必填字段“source”", "1")]
    [InlineData("rule: execution-rate", "rule: execution-rate\n    rate: speed", "未知的比率“speed”", "16")]
    [InlineData("{ grade: 良, min: 80 }", "{ grade: 好, min: 80 }", "未知的等级“好”", "8")]
    [InlineData("  - id: indicators", " - id: indicators", "YAML 格式错误", "16")]
    public void A_broken_scheme_names_the_file_the_line_and_the_fix(string find, string replace, string problem, string line)
    {
        Valid.ShouldContain(find);
        var broken = Valid.Replace(find, replace, StringComparison.Ordinal);

        var error = Should.Throw<JixiaoFileException>(() => SchemeFile.Parse(broken, "test-2024.yaml"));

        error.Message.ShouldStartWith("test-2024.yaml");
        error.Message.ShouldContain(problem);
        if (line.Length > 0)
            error.Line.ShouldBe(int.Parse(line, System.Globalization.CultureInfo.InvariantCulture));
        error.Fix.ShouldNotBeNullOrWhiteSpace();
    }

    [Fact]
    public void Id_must_match_the_file_name()
    {
        var error = Should.Throw<JixiaoFileException>(() => SchemeFile.Parse(Valid, "other-2024.yaml"));

        error.Message.ShouldContain("与文件名“other-2024”不一致");
    }

    [Fact]
    public void A_missing_folder_is_a_clear_error()
    {
        var error = Should.Throw<JixiaoFileException>(() => SchemeCatalog.Load("/no/such/folder"));

        error.Message.ShouldContain("找不到评分方案目录");
    }
}
