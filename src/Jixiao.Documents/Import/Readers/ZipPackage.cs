using System.IO.Compression;

namespace Jixiao.Documents.Import.Readers;

/// <summary>
/// Looks inside a ZIP before any OpenXml code touches it: tells a DOCX from an XLSX by its main part and refuses
/// zip bombs. Declared sizes in a ZIP can lie, so every entry is inflated once and the bytes are counted.
/// </summary>
internal static class ZipPackage
{
    public const long MaxInflatedBytes = 200L * 1024 * 1024;

    // Office XML compresses about 5–30 to 1; a much higher ratio over a sizeable amount is a bomb, not a report.
    private const long MaxRatio = 100;
    private const long RatioCheckFrom = 16L * 1024 * 1024;
    private const int MaxEntries = 10_000;

    public static SourceFormat Inspect(string path)
    {
        try
        {
            using var file = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read);
            using var zip = new ZipArchive(file, ZipArchiveMode.Read);
            if (zip.Entries.Count > MaxEntries)
            {
                throw ImportErrors.ZipBomb(path);
            }

            var names = zip.Entries.Select(e => e.FullName.Replace('\\', '/')).ToHashSet(StringComparer.OrdinalIgnoreCase);
            SourceFormat format;
            if (names.Contains("word/document.xml"))
            {
                format = SourceFormat.Docx;
            }
            else if (names.Contains("xl/workbook.xml"))
            {
                format = SourceFormat.Xlsx;
            }
            else
            {
                throw ImportErrors.ZipUnknown(path);
            }

            CheckInflatedSize(path, zip, file.Length);
            return format;
        }
        catch (ImportException)
        {
            throw;
        }
        catch (UnauthorizedAccessException e)
        {
            throw ImportErrors.Unreadable(path, e);
        }
        catch (Exception e) when (e is InvalidDataException or IOException or NotSupportedException)
        {
            throw ImportErrors.ZipCorrupt(path, e);
        }
    }

    private static void CheckInflatedSize(string path, ZipArchive zip, long fileLength)
    {
        var buffer = new byte[81920];
        long total = 0;
        foreach (var entry in zip.Entries)
        {
            using var stream = entry.Open();
            int read;
            while ((read = stream.Read(buffer, 0, buffer.Length)) > 0)
            {
                total += read;
                if (total > MaxInflatedBytes || (total > RatioCheckFrom && total > MaxRatio * fileLength))
                {
                    throw ImportErrors.ZipBomb(path);
                }
            }
        }
    }
}
