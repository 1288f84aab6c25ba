namespace Jixiao.Documents.Tests.Import.Readers;

/// <summary>A directory of its own for each test, removed afterwards.</summary>
internal sealed class TempDirectory : IDisposable
{
    public TempDirectory() => Directory.CreateDirectory(Path);

    public string Path { get; } = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "jixiao-tests-" + Guid.NewGuid().ToString("N"));

    public string File(string name, byte[] content)
    {
        var path = Combine(name);
        System.IO.File.WriteAllBytes(path, content);
        return path;
    }

    public string Combine(string name) => System.IO.Path.Combine(Path, name);

    public void Dispose()
    {
        try
        {
            Directory.Delete(Path, recursive: true);
        }
        catch (IOException)
        {
            // A file a failed test left open; the OS temp cleaner will have it.
        }
    }
}
