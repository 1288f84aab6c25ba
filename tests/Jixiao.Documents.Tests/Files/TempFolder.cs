namespace Jixiao.Documents.Tests.Files;

/// <summary>A fresh folder under the system's temp folder, removed afterwards.</summary>
internal sealed class TempFolder : IDisposable
{
    public string Path { get; } = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "jixiao-files-" + Guid.NewGuid().ToString("N"));

    public TempFolder() => Directory.CreateDirectory(Path);

    public string File(string name) => System.IO.Path.Combine(Path, name);

    /// <summary>Every file name in the folder, hidden ones included.</summary>
    public IReadOnlyList<string> Names() => Directory.GetFileSystemEntries(Path).Select(System.IO.Path.GetFileName).Order(StringComparer.Ordinal).ToList()!;

    public void Dispose() => Directory.Delete(Path, recursive: true);
}
