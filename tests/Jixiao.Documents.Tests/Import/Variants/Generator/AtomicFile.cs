namespace Jixiao.Documents.Tests.Import.Variants.Generator;

/// <summary>Writes a file whole or not at all: into a temporary file in the same folder, then renamed.</summary>
internal static class AtomicFile
{
    public static void Write(string path, Action<string> write)
    {
        var temp = Path.Combine(Path.GetDirectoryName(Path.GetFullPath(path))!, "." + Path.GetFileName(path) + "." + Guid.NewGuid().ToString("N")[..8] + Path.GetExtension(path));
        try
        {
            write(temp);
            File.Move(temp, path, overwrite: true);
        }
        finally
        {
            File.Delete(temp);
        }
    }
}
