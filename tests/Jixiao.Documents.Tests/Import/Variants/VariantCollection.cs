namespace Jixiao.Documents.Tests.Import.Variants;

/// <summary>The variant tests share one set of written variants (and one LibreOffice run).</summary>
[CollectionDefinition(Name)]
public sealed class VariantCollection : ICollectionFixture<VariantDocuments>
{
    public const string Name = "layout variants";
}
