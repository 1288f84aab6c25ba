using Jixiao.Documents.Import;
using Jixiao.Documents.Schemes;

namespace Jixiao.Documents.Tests.Import.Extraction;

/// <summary>One pipeline over the repository's schemes, shared by the tests (it is thread-safe).</summary>
internal static class Importer
{
    public static ImportPipeline Pipeline { get; } = new(SchemeCatalog.Load(RepositoryPaths.Schemes));

    public static ImportResult Import(string path) => Pipeline.Import(path);

    public static ImportResult Dev(string name) => Pipeline.Import(RepositoryPaths.DevDocument(name));
}
