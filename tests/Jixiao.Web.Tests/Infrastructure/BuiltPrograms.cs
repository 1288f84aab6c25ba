using Jixiao.Tests.Shared;

namespace Jixiao.Web.Tests.Infrastructure;

/// <summary>
/// The real programs as built in this repository (artifacts/bin/&lt;project&gt;/&lt;configuration&gt;), in the
/// configuration these tests were built in. Building the tests builds both (project references).
/// </summary>
internal static class BuiltPrograms
{
    public static string Cli => Find("Jixiao.Cli", "jixiao.dll");

    public static string Web => Find("Jixiao.Web", "Jixiao.Web.dll");

    private static string Find(string project, string dll)
    {
        // AppContext.BaseDirectory is artifacts/bin/Jixiao.Web.Tests/<configuration>/.
        var configuration = new DirectoryInfo(AppContext.BaseDirectory.TrimEnd(Path.DirectorySeparatorChar)).Name;
        var path = Path.Combine(TestPaths.RepositoryRoot, "artifacts", "bin", project, configuration, dll);
        return File.Exists(path) ? path : throw new InvalidOperationException(
            $"{path} is missing: build it with `dotnet build src/{project} -c {configuration}` (building the tests builds it too).");
    }
}
