namespace Jixiao.Documents.Files;

/// <summary>
/// What a failed file operation means, in Chinese, from the exception's type and the system's error code (never
/// its English message): exists, in use, no space, name too long, a folder, a dangling symbolic link …
/// The codes are Linux errno values, which .NET puts in <see cref="Exception.HResult"/> of an IOException it
/// has no own type for, and the Windows HRESULTs of the same conditions.
/// </summary>
public static class FileErrors
{
    /// <summary>EISDIR: the path is a folder.</summary>
    public const int IsADirectory = 21;

    private const int NoSuchFile = 2;
    private const int InputOutput = 5;
    private const int WouldBlock = 11;
    private const int PermissionDenied = 13;
    private const int Exists = 17;
    private const int NotADirectory = 20;
    private const int TooManyOpenFiles = 24;
    private const int NoSpace = 28;
    private const int ReadOnlyFileSystem = 30;
    private const int NameTooLong = 36;
    private const int SymbolicLinkLoop = 40;
    private const int QuotaExceeded = 122;

    private const int WindowsSharingViolation = unchecked((int)0x80070020);
    private const int WindowsLockViolation = unchecked((int)0x80070021);
    private const int WindowsFileExists = unchecked((int)0x80070050);
    private const int WindowsAlreadyExists = unchecked((int)0x800700B7);
    private const int WindowsDiskFull = unchecked((int)0x80070070);
    private const int WindowsHandleDiskFull = unchecked((int)0x80070027);

    /// <summary>
    /// Why a file at <paramref name="path"/> could not be read or written, without a final stop, for a message such
    /// as "无法写入“X”：{reason}。{remedy}。".
    /// </summary>
    public static string Describe(Exception error, string path)
    {
        if (IsFolder(path))
            return "这是一个文件夹，不是文件";
        if (DanglingLinkTarget(path) is { } target)
            return $"这是一个符号链接（快捷方式），它指向的“{target}”不存在";
        return Describe(error);
    }

    /// <summary>Why a folder could not be listed or created.</summary>
    public static string DescribeFolder(Exception error) => error switch
    {
        UnauthorizedAccessException => "没有读取或写入该文件夹的权限",
        IOException { HResult: Exists or WindowsFileExists or WindowsAlreadyExists } => "已有同名的文件，不是文件夹",
        _ => Describe(error),
    };

    private static string Describe(Exception error) => error switch
    {
        PathTooLongException => TooLong,
        FileNotFoundException => "文件不存在",
        DirectoryNotFoundException => "所在文件夹不存在",
        UnauthorizedAccessException => "没有访问权限",
        IOException io => Describe(io.HResult),
        OperationCanceledException => "运行被中断",
        _ => $"系统错误（{error.GetType().Name}）",
    };

    /// <summary>The target of a symbolic link that points nowhere, or null.</summary>
    public static string? DanglingLinkTarget(string path)
    {
        try
        {
            var info = new FileInfo(path);
            if (info.LinkTarget is not { } target)
                return null;
            return info.ResolveLinkTarget(returnFinalTarget: true) is { Exists: true } ? null : target;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException)
        {
            return null;
        }
    }

    private const string TooLong = "文件名或路径太长（一个文件名最多 255 字节，一个汉字占 3 字节）";

    private static string Describe(int code) => code switch
    {
        Exists or WindowsFileExists or WindowsAlreadyExists => "文件已存在",
        WouldBlock or WindowsSharingViolation or WindowsLockViolation => "文件正被其他程序占用",
        NoSpace or QuotaExceeded or WindowsDiskFull or WindowsHandleDiskFull => "磁盘空间不足",
        ReadOnlyFileSystem => "所在磁盘是只读的",
        NameTooLong => TooLong,
        IsADirectory => "这是一个文件夹，不是文件",
        NotADirectory => "路径中的某一段不是文件夹",
        SymbolicLinkLoop => "路径中的符号链接构成循环",
        PermissionDenied => "没有访问权限",
        NoSuchFile => "文件不存在",
        InputOutput => "读写设备出错（磁盘或网络存储故障）",
        TooManyOpenFiles => "同时打开的文件太多",
        _ => $"系统错误（代码 {code}）",
    };

    private static bool IsFolder(string path)
    {
        try
        {
            return Directory.Exists(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException)
        {
            return false;
        }
    }
}
