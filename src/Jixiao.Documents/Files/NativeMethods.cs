using System.Runtime.InteropServices;

namespace Jixiao.Documents.Files;

/// <summary>
/// stat(2) through the .NET runtime's own native shim (libSystem.Native, present wherever .NET runs on Unix; its
/// FileStatus begins with Flags and Mode on every platform, and Mode carries the POSIX file-type bits), and
/// realpath(3) from the C library.
/// </summary>
internal static class NativeMethods
{
    public const int TypeMask = 0xF000;
    public const int FifoType = 0x1000;
    public const int CharacterDeviceType = 0x2000;
    public const int DirectoryType = 0x4000;
    public const int BlockDeviceType = 0x6000;
    public const int RegularType = 0x8000;

    /// <summary>st_mode of what <paramref name="path"/> names (links followed), or null when it cannot be stat'ed.</summary>
    public static int? Stat(string path) => SystemNativeStat(Native(path), out var status) == 0 ? status.Mode : null;

    public static string? RealPath(string path)
    {
        var resolved = LibcRealPath(Native(path), IntPtr.Zero);
        if (resolved == IntPtr.Zero)
            return null;
        try
        {
            return Marshal.PtrToStringUTF8(resolved);
        }
        finally
        {
            LibcFree(resolved);
        }
    }

    /// <summary>The path as the C functions take it: UTF-8, NUL-terminated.</summary>
    private static byte[] Native(string path) => System.Text.Encoding.UTF8.GetBytes(path + "\0");

    [DllImport("libSystem.Native", EntryPoint = "SystemNative_Stat", SetLastError = true)]
    private static extern int SystemNativeStat(byte[] path, out FileStatus status);

    [DllImport("libc", EntryPoint = "realpath", SetLastError = true)]
    private static extern IntPtr LibcRealPath(byte[] path, IntPtr resolved);

    [DllImport("libc", EntryPoint = "free")]
    private static extern void LibcFree(IntPtr pointer);

    /// <summary>The leading fields of the shim's FileStatus; the size leaves room for the fields after them.</summary>
    [StructLayout(LayoutKind.Sequential, Size = 256)]
    private struct FileStatus
    {
        public int Flags;
        public int Mode;
    }
}
