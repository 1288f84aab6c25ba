namespace Jixiao.Documents.Files;

/// <summary>What a path names, after following symbolic links.</summary>
public enum PathKind
{
    /// <summary>Nothing (or a symbolic link to nothing).</summary>
    Missing,

    /// <summary>A regular file.</summary>
    File,

    Folder,

    /// <summary>A named pipe (FIFO), or standard input redirected from one: reading waits for a writer.</summary>
    Pipe,

    /// <summary>A character or block device (/dev/zero, a disk).</summary>
    Device,

    /// <summary>A socket, or anything else that is not read like a file.</summary>
    Other,
}
