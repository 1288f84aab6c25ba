namespace Jixiao.Cli.Tests;

/// <summary>A fresh folder for one test (readable by every user, for the tests that run jixiao as another one), removed afterwards.</summary>
internal sealed class TempFolder : IDisposable
{
    public TempFolder()
    {
        Directory.CreateDirectory(Path);
        if (!OperatingSystem.IsWindows())
            System.IO.File.SetUnixFileMode(Path, (UnixFileMode)0x1FF); // rwxrwxrwx
    }

    public string Path { get; } = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "jixiao-cli-" + Guid.NewGuid().ToString("N"));

    public string File(string name) => System.IO.Path.Combine(Path, name);

    public string Write(string name, string text)
    {
        var path = File(name);
        Directory.CreateDirectory(System.IO.Path.GetDirectoryName(path)!);
        System.IO.File.WriteAllText(path, text);
        return path;
    }

    public string Copy(string source, string name)
    {
        var path = File(name);
        Directory.CreateDirectory(System.IO.Path.GetDirectoryName(path)!);
        System.IO.File.Copy(source, path);
        return path;
    }

    /// <summary>Sets a file's or folder's permission bits (tests that need them run on Unix only).</summary>
    public void SetMode(string name, UnixFileMode mode)
    {
        if (OperatingSystem.IsWindows())
            Assert.Skip("permission bits are Unix's");
        else
            System.IO.File.SetUnixFileMode(File(name), mode);
    }

    /// <summary>Every entry under the folder, hidden ones included (links left out), relative and sorted.</summary>
    public IReadOnlyList<string> Entries(string sub = "") =>
        Directory.GetFileSystemEntries(File(sub), "*", new EnumerationOptions { RecurseSubdirectories = true, AttributesToSkip = FileAttributes.ReparsePoint })
            .Select(p => System.IO.Path.GetRelativePath(File(sub), p)).Order(StringComparer.Ordinal).ToList();

    public void Dispose()
    {
        try
        {
            // Links are not followed: a test's link loop would never end.
            foreach (var dir in Directory.GetDirectories(Path, "*", new EnumerationOptions { RecurseSubdirectories = true, AttributesToSkip = FileAttributes.ReparsePoint }))
            {
                if (!OperatingSystem.IsWindows())
                    System.IO.File.SetUnixFileMode(dir, (UnixFileMode)0x1FF);
            }
            Directory.Delete(Path, recursive: true);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // Left for the OS temp cleaner.
        }
    }
}
