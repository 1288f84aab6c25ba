using Jixiao.Tests.Shared;

namespace Jixiao.Documents.Tests.Import.Readers;

/// <summary>
/// Converts DOCX to PDF with LibreOffice headless, the way real reports become PDFs. test.sh installs it; a machine
/// without it fails the PDF tests with this message unless JIXIAO_NO_LIBREOFFICE=1 asks to skip them.
/// </summary>
internal static class LibreOffice
{
    public static string ConvertToPdf(string docx)
    {
        if (Soffice.Find() is null && Environment.GetEnvironmentVariable("JIXIAO_NO_LIBREOFFICE") == "1")
            Assert.Skip("LibreOffice is not installed and JIXIAO_NO_LIBREOFFICE=1.");
        if (Soffice.ConvertToPdf([docx], Path.GetDirectoryName(docx)!) is { } problem)
            Assert.Fail(problem + " (or set JIXIAO_NO_LIBREOFFICE=1 to skip the PDF tests)");
        return Path.ChangeExtension(docx, ".pdf");
    }
}
