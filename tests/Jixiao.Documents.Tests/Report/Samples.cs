using Jixiao.Core.Evaluations;
using Jixiao.Core.Schemes;
using Jixiao.Documents.Evaluations;
using Jixiao.Documents.Schemes;

namespace Jixiao.Documents.Tests.Report;

/// <summary>The repository's samples and schemes, copied beside the tests (tests/Directory.Build.props).</summary>
internal static class Samples
{
    private static readonly Lazy<SchemeCatalog> LazyCatalog = new(() => SchemeCatalog.Load(Path.Combine(AppContext.BaseDirectory, "schemes")));

    public static SchemeCatalog Catalog => LazyCatalog.Value;

    public static IReadOnlyList<string> Names { get; } =
        Directory.GetFiles(Path.Combine(AppContext.BaseDirectory, "samples"), "*.yaml")
            .Select(f => Path.GetFileNameWithoutExtension(f))
            .Order(StringComparer.Ordinal)
            .ToList();

    public static string PathOf(string name) => Path.Combine(AppContext.BaseDirectory, "samples", name + ".yaml");

    /// <summary>A sample and the scheme it names, or <paramref name="schemeId"/> instead.</summary>
    public static (Evaluation Evaluation, Scheme Scheme) Load(string name, string? schemeId = null)
    {
        var evaluation = EvaluationFile.Load(PathOf(name), Catalog);
        return (evaluation, Catalog.Get(schemeId ?? evaluation.SchemeId, name));
    }

    /// <summary>The sample whose name starts with <paramref name="seed"/> ("000").</summary>
    public static string Named(string seed) => Names.First(n => n.StartsWith(seed, StringComparison.Ordinal));
}
