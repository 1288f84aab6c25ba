namespace Jixiao.Documents.Files;

/// <summary>
/// Asks the file system what a path is and where it really is. .NET reports a named pipe or a device as a file, and
/// opening a pipe waits for a writer forever; a folder walk must know before it opens anything.
/// </summary>
public static class PathKinds
{
    /// <summary>The kind of what <paramref name="path"/> names, following symbolic links.</summary>
    public static PathKind Of(string path)
    {
        if (OperatingSystem.IsWindows())
            return Directory.Exists(path) ? PathKind.Folder : File.Exists(path) ? PathKind.File : PathKind.Missing;
        return NativeMethods.Stat(path) switch
        {
            null => PathKind.Missing,
            var mode => (mode.Value & NativeMethods.TypeMask) switch
            {
                NativeMethods.RegularType => PathKind.File,
                NativeMethods.DirectoryType => PathKind.Folder,
                NativeMethods.FifoType => PathKind.Pipe,
                NativeMethods.CharacterDeviceType or NativeMethods.BlockDeviceType => PathKind.Device,
                _ => PathKind.Other,
            },
        };
    }

    /// <summary>
    /// The canonical absolute path, every symbolic link resolved (realpath(3)): two paths to one file or folder give
    /// the same string, so a walk can read each once and never loop. Null when the path cannot be resolved.
    /// </summary>
    public static string? RealPath(string path)
    {
        if (OperatingSystem.IsWindows())
            return Path.GetFullPath(path);
        return NativeMethods.RealPath(path);
    }
}
