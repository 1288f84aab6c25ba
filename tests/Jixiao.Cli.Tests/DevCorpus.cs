using Jixiao.Tests.Shared;

namespace Jixiao.Cli.Tests;

/// <summary>A document of the shared dev corpus (found by <see cref="TestPaths"/>).</summary>
internal static class DevCorpus
{
    public static string File(string name) => Path.Combine(TestPaths.DevCorpus, name);
}
