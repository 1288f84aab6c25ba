namespace Jixiao.Documents.Files;

/// <summary>
/// A file written whole or not at all: the content goes to a hidden temporary file in the target's folder (same
/// file system, so the rename is atomic), is flushed to disk, and only then renamed over the target. Until
/// <see cref="Commit"/> the previous file is untouched; a failure, a disposal without commit or an interruption
/// (<see cref="AbandonAll"/>, called on SIGINT/SIGTERM) removes the temporary file and leaves the old one as it was.
/// </summary>
public sealed class AtomicFile : IDisposable
{
    private const string TempPrefix = ".jixiao-";
    private const string TempSuffix = ".tmp";

    // Temporary files not yet committed or removed; the lock orders creation and renaming against AbandonAll, so
    // after it has run no temporary file is created, renamed or left behind.
    private static readonly Lock Registry = new();
    private static readonly HashSet<string> Pending = new(StringComparer.Ordinal);
    private static bool _abandoned;

    private readonly FileStream _file;
    private readonly string _temp;
    private bool _finished;

    private AtomicFile(string path, string temp, FileStream file)
    {
        Path = path;
        _temp = temp;
        _file = file;
        Stream = new KeepOpenStream(file);
    }

    /// <summary>The file written on <see cref="Commit"/>, as a full path.</summary>
    public string Path { get; }

    /// <summary>Where to write; disposing it (as zip and text writers do) does not end the file, <see cref="Commit"/> does.</summary>
    public Stream Stream { get; }

    /// <summary>True for the hidden temporary files this class creates, so a folder walk can skip one left by a killed process.</summary>
    public static bool IsTemporary(string fileName) =>
        fileName.StartsWith(TempPrefix, StringComparison.Ordinal) && fileName.EndsWith(TempSuffix, StringComparison.Ordinal);

    /// <summary>Starts writing <paramref name="path"/>; nothing is visible there before <see cref="Commit"/>.</summary>
    /// <exception cref="IOException">The folder is missing or not writable, the path is a folder, or the run is being interrupted.</exception>
    public static AtomicFile Create(string path)
    {
        var full = System.IO.Path.GetFullPath(path);
        if (Directory.Exists(full))
            throw new IOException($"'{full}' is a directory", FileErrors.IsADirectory);
        // The temporary name is short, so a name too long would only fail at the rename, after all the work.
        if (System.Text.Encoding.UTF8.GetByteCount(System.IO.Path.GetFileName(full)) > FileNames.MaxBytes)
            throw new PathTooLongException($"'{full}' has a name longer than {FileNames.MaxBytes} bytes");
        var folder = System.IO.Path.GetDirectoryName(full) ?? throw new IOException($"'{full}' has no folder");
        // The temporary name does not grow with the target's: a target name near the 255-byte limit still fits.
        var temp = System.IO.Path.Combine(folder, TempPrefix + Guid.NewGuid().ToString("N") + TempSuffix);
        lock (Registry)
        {
            if (_abandoned)
                throw new OperationCanceledException("The run is being interrupted.");
            var file = new FileStream(temp, FileMode.CreateNew, FileAccess.ReadWrite, FileShare.None, 1 << 16);
            Pending.Add(temp);
            return new AtomicFile(full, temp, file);
        }
    }

    /// <summary>Writes <paramref name="path"/> through <paramref name="write"/>, all or nothing.</summary>
    public static void Write(string path, Action<Stream> write)
    {
        using var file = Create(path);
        write(file.Stream);
        file.Commit();
    }

    /// <summary>Flushes to disk and renames the temporary file over the target.</summary>
    public void Commit()
    {
        ObjectDisposedException.ThrowIf(_finished, this);
        _file.Flush(flushToDisk: true);
        _file.Dispose();
        lock (Registry)
        {
            if (_abandoned)
                throw new OperationCanceledException("The run is being interrupted.");
            File.Move(_temp, Path, overwrite: true);
            Pending.Remove(_temp);
            _finished = true;
        }
    }

    /// <summary>Without <see cref="Commit"/>: removes the temporary file, the target stays as it was.</summary>
    public void Dispose()
    {
        if (_finished)
            return;
        _finished = true;
        _file.Dispose();
        lock (Registry)
            Pending.Remove(_temp);
        TryDelete(_temp);
    }

    /// <summary>
    /// Removes every temporary file not yet committed and refuses new ones: called when the process is told to stop,
    /// so it ends without leaving a half-written file, and every target keeps its previous content.
    /// </summary>
    public static void AbandonAll()
    {
        lock (Registry)
        {
            _abandoned = true;
            foreach (var temp in Pending)
                TryDelete(temp);
            Pending.Clear();
        }
    }

    private static void TryDelete(string path)
    {
        try
        {
            File.Delete(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // Nothing more can be done; the name is hidden and marked as temporary.
        }
    }
}
