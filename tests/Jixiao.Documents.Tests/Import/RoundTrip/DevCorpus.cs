using Jixiao.Tests.Shared;

namespace Jixiao.Documents.Tests.Import.RoundTrip;

/// <summary>The shared dev corpus: found by <see cref="TestPaths"/>.</summary>
internal static class DevCorpus
{
    public static string Directory => TestPaths.DevCorpus;

    /// <summary>The corpus documents by name ("d01"), or one name that makes the test fail with the message above.</summary>
    public static TheoryData<string> Names()
    {
        var data = new TheoryData<string>();
        if (TestPaths.DevCorpusOrNull is not { } dir)
        {
            data.Add(Missing);
            return data;
        }
        foreach (var file in System.IO.Directory.GetFiles(dir, "*.txt").Order(StringComparer.Ordinal))
            data.Add(Path.GetFileNameWithoutExtension(file));
        return data;
    }

    public const string Missing = "(corpus missing)";
}
