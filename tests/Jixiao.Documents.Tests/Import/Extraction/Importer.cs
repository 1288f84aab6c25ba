using Jixiao.Documents.Import;
using Jixiao.Documents.Import.Readers;
using Jixiao.Documents.Schemes;

namespace Jixiao.Documents.Tests.Import.Extraction;

/// <summary>One pipeline over the repository's schemes, shared by the tests (it is thread-safe).</summary>
internal static class Importer
{
    public static ImportPipeline Pipeline { get; } = new(SchemeCatalog.Load(RepositoryPaths.Schemes));

    public static ImportResult Import(string path) => Pipeline.Import(path);

    public static ImportResult Dev(string name) => Pipeline.Import(RepositoryPaths.DevDocument(name));

    /// <summary>A text document given as a string, read as the text reader would read its file.</summary>
    public static ImportResult Text(string text) =>
        Pipeline.Import("test.txt", new SourceDocument("test.txt", SourceFormat.Text, PlainTextReader.ReadLines(text)));
}
