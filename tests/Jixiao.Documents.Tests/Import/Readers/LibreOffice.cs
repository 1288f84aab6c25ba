using System.Diagnostics;

namespace Jixiao.Documents.Tests.Import.Readers;

/// <summary>
/// Converts DOCX to PDF with LibreOffice headless, the way real reports become PDFs. test.sh installs it; a machine
/// without it fails the PDF tests with this message unless JIXIAO_NO_LIBREOFFICE=1 asks to skip them.
/// </summary>
internal static class LibreOffice
{
    public static string ConvertToPdf(string docx)
    {
        var soffice = Find();
        if (soffice is null)
        {
            if (Environment.GetEnvironmentVariable("JIXIAO_NO_LIBREOFFICE") == "1")
            {
                Assert.Skip("LibreOffice is not installed and JIXIAO_NO_LIBREOFFICE=1.");
            }

            Assert.Fail("LibreOffice (soffice) is not installed: apt-get install libreoffice-writer-nogui fonts-noto-cjk, or set JIXIAO_NO_LIBREOFFICE=1 to skip the PDF tests.");
        }

        var outDir = Path.GetDirectoryName(docx)!;
        var profile = new Uri(Path.Combine(outDir, "lo-profile")).AbsoluteUri;
        var start = new ProcessStartInfo(soffice)
        {
            ArgumentList = { $"-env:UserInstallation={profile}", "--headless", "--convert-to", "pdf", "--outdir", outDir, docx },
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        using var process = Process.Start(start)!;
        var stderr = process.StandardError.ReadToEndAsync();
        process.StandardOutput.ReadToEnd();
        if (!process.WaitForExit(TimeSpan.FromMinutes(2)))
        {
            process.Kill(entireProcessTree: true);
            Assert.Fail("LibreOffice did not convert the document within two minutes.");
        }

        var pdf = Path.ChangeExtension(docx, ".pdf");
        if (!File.Exists(pdf))
        {
            Assert.Fail($"LibreOffice exited with {process.ExitCode} and wrote no PDF: {stderr.Result}");
        }

        return pdf;
    }

    private static string? Find() =>
        (Environment.GetEnvironmentVariable("PATH") ?? "")
            .Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .SelectMany(dir => new[] { Path.Combine(dir, "soffice"), Path.Combine(dir, "libreoffice") })
            .FirstOrDefault(File.Exists);
}
