namespace Jixiao.Documents.Tests.Import.Extraction;

/// <summary>
/// Documents written for issue 9, each with hand-made truth, one per pattern the importer got wrong (Fixtures/Written).
/// Their known failures share Variants/known-failures.txt, under the variant name <see cref="Variant"/>.
/// </summary>
internal static class WrittenCases
{
    public const string Variant = "written";

    public static string Folder => Path.Combine(RepositoryPaths.Fixtures, "Written");

    /// <summary>File names ("sichuan-project-table.txt") of the documents with a truth beside them.</summary>
    public static IEnumerable<string> Names() =>
        Directory.Exists(Folder)
            ? Directory.EnumerateFiles(Folder).Where(f => !f.EndsWith(".json", StringComparison.Ordinal) && File.Exists(Path.ChangeExtension(f, ".json"))).Select(Path.GetFileName).Order(StringComparer.Ordinal)!
            : [];
}
