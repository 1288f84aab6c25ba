using System.CommandLine;
using System.Diagnostics.CodeAnalysis;
using Jixiao.Cli.CommandLine;
using Jixiao.Documents.Schemes;
using Jixiao.Documents.Yaml;

namespace Jixiao.Cli;

/// <summary>
/// Every command starts from the schemes shipped beside the program, plus a region's own from --schemes DIR (or
/// JIXIAO_SCHEMES). A custom scheme that cannot be read is a warning: the others, and the shipped ones, still work.
/// </summary>
internal static class SchemeLoading
{
    /// <summary>The scheme catalog, or false after printing in Chinese why the shipped schemes could not be loaded.</summary>
    public static bool TryLoad(ParseResult parse, [NotNullWhen(true)] out SchemeCatalog? catalog)
    {
        var custom = parse.GetValue(GlobalOptions.Schemes) ?? Environment.GetEnvironmentVariable(GlobalOptions.SchemesVariable);
        try
        {
            if (string.IsNullOrEmpty(custom))
            {
                catalog = SchemeCatalog.Load();
                return true;
            }
            var problems = new List<JixiaoFileException>();
            catalog = SchemeCatalog.Load(SchemeCatalog.DefaultFolder, custom, problems);
            foreach (var problem in problems)
                Console.Error.WriteLine($"警告：{problem.Message}" + (problem.File.EndsWith(".yaml", StringComparison.OrdinalIgnoreCase) ? "。该方案未载入，其他方案照常使用" : ""));
            return true;
        }
        catch (JixiaoFileException e)
        {
            Output.Error(e.Message);
            catalog = null;
            return false;
        }
    }
}
