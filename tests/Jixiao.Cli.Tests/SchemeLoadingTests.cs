using Jixiao.Tests.Shared;

namespace Jixiao.Cli.Tests;

/// <summary>Custom schemes come from --schemes DIR (or JIXIAO_SCHEMES); a bad one never disables the others (issue 11, point 15).</summary>
public sealed class SchemeLoadingTests : IDisposable
{
    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    private string CustomSchemes()
    {
        var national = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "schemes", "national-2020.yaml"));
        _folder.Write("schemes/region-copy.yaml", national.Replace("id: national-2020", "id: region-copy", StringComparison.Ordinal));
        _folder.Write("schemes/broken.yaml", "id: broken\nname: [unclosed\n");
        return _folder.File("schemes");
    }

    [Fact]
    public void A_bad_custom_scheme_is_a_warning_and_the_builtin_and_good_custom_schemes_still_work()
    {
        var (code, stdout, stderr) = CliRunner.Run("schemes", "--schemes", CustomSchemes());

        code.ShouldBe(0);
        stderr.ShouldContain("警告：");
        stderr.ShouldContain("broken.yaml");
        stderr.ShouldContain("该方案未载入，其他方案照常使用");
        stdout.ShouldContain("national-2020");
        stdout.ShouldContain("region-copy");
    }

    [Fact]
    public void The_environment_variable_is_the_fallback_and_check_still_runs()
    {
        var (code, stdout, stderr) = CliRunner.RunWith(["check", "--json", CliRunner.Sample("002")], environment: new Dictionary<string, string> { ["JIXIAO_SCHEMES"] = CustomSchemes() });

        code.ShouldBe(0);
        stderr.ShouldContain("broken.yaml");
        stdout.ShouldContain("广州市花都区人民政府办公室");
    }

    [Fact]
    public void Schemes_option_is_in_the_help_and_both_variables_are_in_the_readme()
    {
        var (_, help, _) = CliRunner.Run("check", "--help");
        var readme = File.ReadAllText(Path.Combine(TestPaths.RepositoryRoot, "README.md"));

        help.ShouldContain("--schemes <目录>");
        help.ShouldContain("JIXIAO_SCHEMES");
        readme.ShouldContain("--schemes");
        readme.ShouldContain("JIXIAO_SCHEMES");
        readme.ShouldContain("JIXIAO_PDF_FONT");
    }
}
