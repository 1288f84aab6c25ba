namespace Jixiao.Tests.Shared;

/// <summary>
/// Where the tests find the repository and the shared dev corpus (hand-checked documents with their truth).
/// One place, linked into every test project, so all agree on the search order.
/// </summary>
internal static class TestPaths
{
    private static readonly Lazy<string> Root = new(FindRoot);
    private static readonly Lazy<string?> Corpus = new(FindDevCorpus);

    /// <summary>The folder holding Jixiao.slnx, found upwards from the test binaries.</summary>
    public static string RepositoryRoot => Root.Value;

    /// <summary>shared/corpus/dev, or null when it is nowhere to be found.</summary>
    public static string? DevCorpusOrNull => Corpus.Value;

    /// <summary>shared/corpus/dev; fails with the places searched when it is absent.</summary>
    public static string DevCorpus => Corpus.Value ?? throw new InvalidOperationException(
        $"找不到开发语料 shared/corpus/dev。已查找：{string.Join("、", Candidates())}。请设置环境变量 JIXIAO_SHARED 指向 shared 目录。");

    /// <summary>
    /// JIXIAO_SHARED first; then shared/ beside the repository or any folder above it (a clone may sit deeper than
    /// main/); last this machine's /work/shared, where CI clones run.
    /// </summary>
    private static IEnumerable<string> Candidates()
    {
        if (Environment.GetEnvironmentVariable("JIXIAO_SHARED") is { Length: > 0 } env)
            yield return Path.Combine(env, "corpus", "dev");
        for (var dir = new DirectoryInfo(RepositoryRoot).Parent; dir is not null; dir = dir.Parent)
            yield return Path.Combine(dir.FullName, "shared", "corpus", "dev");
        yield return "/work/shared/corpus/dev";
    }

    private static string? FindDevCorpus() => Candidates().FirstOrDefault(Directory.Exists);

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Jixiao.slnx")))
                return dir.FullName;
        }
        throw new InvalidOperationException($"从 {AppContext.BaseDirectory} 向上找不到仓库根目录（含 Jixiao.slnx）");
    }
}
