using Jixiao.Documents.Tests.Import.Extraction;
using Jixiao.Documents.Tests.Import.Variants.Generator;

namespace Jixiao.Documents.Tests.Import.Variants;

/// <summary>
/// The documents the variants are made from: every dev corpus document, then every written case
/// (Import/Extraction/Fixtures/Written) as set "written", so its variants are named "written-NAME".
/// </summary>
internal static class VariantSourceSets
{
    public const string Written = WrittenCases.Variant;

    public static IReadOnlyList<VariantSource> Load(string devCorpus) =>
        [.. VariantSource.Load(devCorpus), .. VariantSource.Load(WrittenCases.Folder, Written)];
}
