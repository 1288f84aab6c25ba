namespace Jixiao.Documents.Tests.Import.Variants.Generator;

/// <summary>One written variant of one document: the file the import reads and its truth beside it.</summary>
internal sealed record VariantFile(string Document, string Variant, string Path, string TruthPath);
