using Jixiao.Tests.Shared;

namespace Jixiao.Documents.Tests.Import.Extraction;

/// <summary>
/// Where the documents the extraction is checked on live: the repository (the folder holding Jixiao.slnx, found from
/// the test binaries) for our own fixtures, and ../shared beside it for the hand-checked dev corpus.
/// </summary>
internal static class RepositoryPaths
{
    public static string Root => TestPaths.RepositoryRoot;

    /// <summary>shared/corpus/dev: documents with their truth (NAME.txt + NAME.json).</summary>
    public static string DevCorpus => TestPaths.DevCorpusOrNull ?? Path.GetFullPath(Path.Combine(Root, "..", "shared", "corpus", "dev"));

    /// <summary>Our own documents with hand-computed truth, in the same shape.</summary>
    public static string Fixtures => Path.Combine(Root, "tests", "Jixiao.Documents.Tests", "Import", "Extraction", "Fixtures");

    public static string Schemes => Path.Combine(Root, "schemes");

    public static string DevDocument(string name) => Path.Combine(DevCorpus, name);
}
