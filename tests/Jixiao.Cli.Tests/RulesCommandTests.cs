using Jixiao.Tests.Shared;

namespace Jixiao.Cli.Tests;

public sealed class RulesCommandTests
{
    [Fact]
    public void Rules_document_is_current()
    {
        var (code, stdout, _) = CliRunner.Run("rules", "--markdown");
        var path = Path.Combine(TestPaths.RepositoryRoot, "docs", "rules.md");

        code.ShouldBe(0);
        stdout.ShouldContain("JX-R01");
        stdout.ShouldContain("JX-N01");
        File.ReadAllText(path).ShouldBe(stdout, "docs/rules.md is stale: run ./jixiao rules --markdown > docs/rules.md");
    }
}
