using Jixiao.Documents.Tests.Import.Variants.Generator;
using Jixiao.Tests.Shared;

namespace Jixiao.Documents.Tests.Import.Variants;

/// <summary>The (document, variant) pairs the generator makes: every variant that applies to every dev corpus document.</summary>
internal static class VariantPairs
{
    public const string Missing = "(corpus missing)";

    private static readonly Lazy<IReadOnlyList<(string Document, string Variant)>> Pairs = new(Find);

    public static IReadOnlyList<(string Document, string Variant)> All => Pairs.Value;

    /// <summary>Every pair; one placeholder pair when the corpus is absent, so the theory fails with a message.</summary>
    public static TheoryData<string, string> Data(string? variant = null)
    {
        var data = new TheoryData<string, string>();
        if (TestPaths.DevCorpusOrNull is null)
        {
            data.Add(Missing, variant ?? Missing);
            return data;
        }
        foreach (var (document, name) in All.Where(p => variant is null || p.Variant == variant))
            data.Add(document, name);
        return data;
    }

    /// <summary>The documents a variant applies to.</summary>
    public static TheoryData<string> Documents(string variant)
    {
        var data = new TheoryData<string>();
        if (TestPaths.DevCorpusOrNull is null)
            data.Add(Missing);
        foreach (var (document, _) in All.Where(p => p.Variant == variant))
            data.Add(document);
        return data;
    }

    private static List<(string, string)> Find()
    {
        if (TestPaths.DevCorpusOrNull is not { } corpus)
            return [];
        var sources = VariantSource.Load(corpus);
        return [.. VariantCatalog.All.SelectMany(v => sources.Where(s => v.NotApplicable(s) is null).Select(s => (s.Name, v.Name)))];
    }
}
