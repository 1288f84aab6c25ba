namespace Jixiao.Documents.Import.Readers;

/// <summary>
/// Reads a self-evaluation document into <see cref="SourceDocument"/> lines. The format is recognised from the
/// file's content, not its extension: users rename files, and web uploads arrive with whatever name the browser had.
/// The lines are as the file has them; callers clean them with <see cref="TextNormalizer"/>.
/// </summary>
public static class DocumentReader
{
    private const int HeadLength = 1024;

    /// <summary>Files up to this size are read whole at once: a text file is then not opened a second time.</summary>
    private const int WholeLength = 1024 * 1024;

    /// <exception cref="ImportException">For any file that cannot be read; the message is Chinese and names the file.</exception>
    public static SourceDocument Read(string path)
    {
        if (string.IsNullOrWhiteSpace(path))
        {
            throw ImportErrors.NotFound(path ?? "");
        }

        if (Directory.Exists(path))
        {
            throw ImportErrors.IsDirectory(path);
        }

        if (!File.Exists(path))
        {
            throw ImportErrors.NotFound(path);
        }

        var (head, length) = ReadHead(path);
        if (length == 0)
        {
            throw ImportErrors.Empty(path);
        }

        var format = Sniff(path, head.AsSpan(0, Math.Min(head.Length, HeadLength)));
        try
        {
            return format switch
            {
                SourceFormat.Pdf => PdfReader.Read(path, length),
                SourceFormat.Docx => DocxReader.Read(path),
                SourceFormat.Xlsx => XlsxReader.Read(path),
                _ => head.Length == length ? PlainTextReader.Read(path, head) : PlainTextReader.Read(path, length),
            };
        }
        catch (ImportException)
        {
            throw;
        }
        catch (Exception e) when (e is UnauthorizedAccessException or IOException && format == SourceFormat.Text)
        {
            throw ImportErrors.Unreadable(path, e);
        }
        catch (Exception e)
        {
            // The libraries throw a wide range of types on bad input; the user only needs to know the file is broken.
            throw format switch
            {
                SourceFormat.Pdf => ImportErrors.PdfCorrupt(path, e),
                SourceFormat.Docx => ImportErrors.DocxCorrupt(path, e),
                SourceFormat.Xlsx => ImportErrors.XlsxCorrupt(path, e),
                _ => ImportErrors.Unreadable(path, e),
            };
        }
    }

    private static (byte[] Head, long Length) ReadHead(string path)
    {
        try
        {
            using var file = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, bufferSize: 0);
            var length = file.Length;
            var head = new byte[(int)(length <= WholeLength ? length : HeadLength)];
            file.ReadExactly(head);
            return (head, length);
        }
        catch (Exception e) when (e is UnauthorizedAccessException or IOException)
        {
            throw ImportErrors.Unreadable(path, e);
        }
    }

    private static ReadOnlySpan<byte> OleSignature => [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1];

    private static SourceFormat Sniff(string path, ReadOnlySpan<byte> bytes)
    {
        // PDF readers accept junk before the header, within the first kilobyte.
        if (bytes.IndexOf("%PDF-"u8) >= 0)
        {
            return SourceFormat.Pdf;
        }

        if (bytes.StartsWith("PK\x03\x04"u8) || bytes.StartsWith("PK\x05\x06"u8))
        {
            return ZipPackage.Inspect(path);
        }

        // OLE2 compound file: .doc, .xls, .wps, and also password-protected .docx/.xlsx.
        if (bytes.StartsWith(OleSignature))
        {
            throw ImportErrors.LegacyOffice(path);
        }

        if (bytes.StartsWith(@"{\rtf"u8))
        {
            throw ImportErrors.Rtf(path);
        }

        return SourceFormat.Text;
    }
}
