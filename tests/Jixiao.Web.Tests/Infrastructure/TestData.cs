using System.Text.RegularExpressions;
using Jixiao.Core.Evaluations;
using Jixiao.Documents.Evaluations;
using Jixiao.Documents.Schemes;

namespace Jixiao.Web.Tests.Infrastructure;

/// <summary>The repository's sample evaluations and schemes, copied beside the tests (tests/Directory.Build.props).</summary>
internal static partial class TestData
{
    private static readonly Lazy<SchemeCatalog> LoadedSchemes = new(() => SchemeCatalog.Load(Path.Combine(AppContext.BaseDirectory, "schemes")));

    public static string SamplesFolder => Path.Combine(AppContext.BaseDirectory, "samples");

    public static SchemeCatalog Schemes => LoadedSchemes.Value;

    /// <summary>The file of the sample whose name starts with <paramref name="prefix"/> ("000").</summary>
    public static string SamplePath(string prefix) => Directory.EnumerateFiles(SamplesFolder, prefix + "_*.yaml").Single();

    public static string SampleText(string prefix) => File.ReadAllText(SamplePath(prefix));

    public static Evaluation Sample(string prefix) => EvaluationFile.Load(SamplePath(prefix), Schemes);

    /// <summary>The sample's YAML filed as another department and year.</summary>
    public static string SampleAs(string prefix, string department, int year)
    {
        var text = DepartmentLine().Replace(SampleText(prefix), $"department: {department}", 1);
        return YearLine().Replace(text, $"year: {year}", 1);
    }

    [GeneratedRegex("^department: .*$", RegexOptions.Multiline)]
    private static partial Regex DepartmentLine();

    [GeneratedRegex("^year: .*$", RegexOptions.Multiline)]
    private static partial Regex YearLine();
}
