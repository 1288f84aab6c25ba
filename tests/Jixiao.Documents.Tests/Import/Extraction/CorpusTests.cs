namespace Jixiao.Documents.Tests.Import.Extraction;

/// <summary>
/// The importer against hand-checked truth: the shared dev corpus (real reports and tables) and our own fixtures that
/// vary the wording and layout. The same comparison as tools/score_import.py: every stated field, every inconsistency,
/// no false error.
/// </summary>
public sealed class CorpusTests
{
    private const string Missing = "(corpus missing)";

    public static TheoryData<string> DevDocuments => Documents(RepositoryPaths.DevCorpus);

    public static TheoryData<string> FixtureDocuments => Documents(RepositoryPaths.Fixtures);

    [Theory]
    [MemberData(nameof(DevDocuments))]
    public void Dev_corpus_document_matches_its_truth(string name)
    {
        Directory.Exists(RepositoryPaths.DevCorpus).ShouldBeTrue(
            $"The shared dev corpus is not at {RepositoryPaths.DevCorpus}: the tests need the shared/ folder beside the repository (as in CI).");
        Check(RepositoryPaths.DevCorpus, name);
    }

    [Theory]
    [MemberData(nameof(FixtureDocuments))]
    public void Fixture_document_matches_its_truth(string name) => Check(RepositoryPaths.Fixtures, name);

    [Fact]
    public void Dev_corpus_is_present_and_complete()
    {
        Directory.Exists(RepositoryPaths.DevCorpus).ShouldBeTrue(
            $"The shared dev corpus is not at {RepositoryPaths.DevCorpus}: the tests need the shared/ folder beside the repository (as in CI).");
        Documents(RepositoryPaths.DevCorpus).Count.ShouldBeGreaterThanOrEqualTo(13);
    }

    private static void Check(string folder, string name)
    {
        var document = Path.Combine(folder, name);
        var truth = Truth.Load(Path.ChangeExtension(document, ".json"));

        var problems = truth.Compare(Importer.Import(document));

        problems.ShouldBeEmpty($"{name}:\n  " + string.Join("\n  ", problems));
    }

    /// <summary>Every document that has a truth file beside it; one placeholder row when the folder is absent, so the theory fails with a message.</summary>
    private static TheoryData<string> Documents(string folder)
    {
        var data = new TheoryData<string>();
        if (!Directory.Exists(folder))
        {
            data.Add(Missing);
            return data;
        }
        foreach (var file in Directory.EnumerateFiles(folder).Where(f => !f.EndsWith(".json", StringComparison.Ordinal)).Order(StringComparer.Ordinal))
        {
            if (File.Exists(Path.ChangeExtension(file, ".json")))
                data.Add(Path.GetFileName(file));
        }
        return data;
    }
}
