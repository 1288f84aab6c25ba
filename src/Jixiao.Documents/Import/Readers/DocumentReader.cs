using Jixiao.Documents.Files;

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

    /// <summary>The name that stands for standard input, as in most command-line tools.</summary>
    public const string StandardInput = "-";

    /// <summary>How standard input is named in messages.</summary>
    private const string StandardInputName = "标准输入";

    /// <summary>
    /// Reads <paramref name="path"/>: a file; <see cref="StandardInput"/>; or a pipe or device named explicitly
    /// (/dev/stdin, a shell's &lt;(…)), which is read whole first, up to <see cref="ImportErrors.MaxPdfBytes"/>.
    /// </summary>
    /// <exception cref="ImportException">For any file that cannot be read; the message is Chinese and names the file.</exception>
    public static SourceDocument Read(string path)
    {
        if (string.IsNullOrWhiteSpace(path))
        {
            throw ImportErrors.NotFound(path ?? "");
        }

        if (path == StandardInput)
        {
            return ReadBuffered(path, StandardInputName, Console.OpenStandardInput);
        }

        switch (PathKinds.Of(path))
        {
            case PathKind.Folder:
                throw ImportErrors.IsDirectory(path);
            case PathKind.Missing:
                throw FileErrors.DanglingLinkTarget(path) is { } target ? ImportErrors.DanglingLink(path, target) : ImportErrors.NotFound(path);
            case PathKind.Pipe or PathKind.Device:
                return ReadBuffered(path, Path.GetFileName(path), () => new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite, 1));
            case PathKind.Other:
                throw ImportErrors.NotAFile(path);
            default:
                return ReadFile(path);
        }
    }

    private static SourceDocument ReadFile(string path)
    {
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

    /// <summary>
    /// An input that can be read only once, front to back (the readers seek): copied, within the PDF limit, to a
    /// private temporary file that has the input's name, so every message names it as the user does.
    /// </summary>
    private static SourceDocument ReadBuffered(string path, string name, Func<Stream> open)
    {
        byte[]? bytes;
        try
        {
            using var input = open();
            bytes = BoundedRead.All(input, ImportErrors.MaxPdfBytes);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or NotSupportedException)
        {
            throw ImportErrors.Unreadable(path, e);
        }

        if (bytes is null)
        {
            throw ImportErrors.InputTooLarge(path);
        }

        var folder = Path.Combine(Path.GetTempPath(), "jixiao-input-" + Guid.NewGuid().ToString("N"));
        try
        {
            Directory.CreateDirectory(folder);
            var copy = Path.Combine(folder, FileNames.Stem(name));
            File.WriteAllBytes(copy, bytes);
            return ReadFile(copy) with { File = path };
        }
        catch (ImportException e)
        {
            throw new ImportException(path, e.Message, e.InnerException);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw ImportErrors.Unreadable(path, e);
        }
        finally
        {
            try
            {
                Directory.Delete(folder, recursive: true);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                // A leftover in the temp folder is harmless.
            }
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
