namespace Jixiao.Documents.Tests.Report;

/// <summary>
/// Where tests leave files a person may want to open: artifacts/test-output/ at the repository root (beside the
/// build output), or the temp folder when the tests run outside a checkout.
/// </summary>
internal static class TestOutput
{
    private static readonly Lazy<string> LazyRoot = new(FindRoot);

    public static string Root => LazyRoot.Value;

    /// <summary>A fresh folder under the root.</summary>
    public static string Fresh(string name)
    {
        var path = Path.Combine(Root, name);
        if (Directory.Exists(path))
            Directory.Delete(path, recursive: true);
        Directory.CreateDirectory(path);
        return path;
    }

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Jixiao.slnx")))
                return Path.Combine(dir.FullName, "artifacts", "test-output");
        }
        return Path.Combine(Path.GetTempPath(), "jixiao-test-output");
    }
}
