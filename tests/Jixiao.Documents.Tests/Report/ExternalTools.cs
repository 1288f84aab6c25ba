using System.Diagnostics;
using System.Globalization;
using System.Text;
using Jixiao.Documents.Report.Docx;
using Jixiao.Tests.Shared;

namespace Jixiao.Documents.Tests.Report;

/// <summary>
/// The real programs the documents are checked with: LibreOffice (opens and prints DOCX and XLSX) and poppler
/// (pdfinfo, pdftotext, pdffonts, pdftoppm). ./test.sh installs them; when one is missing the test fails and says
/// which Debian package to install.
/// </summary>
internal static class ExternalTools
{
    public static string Run(string tool, string package, params string[] args)
    {
        var path = Soffice.OnPath(tool) ?? throw new Xunit.Sdk.XunitException(
            $"{tool} is not installed: it comes with the Debian package {package} (./test.sh installs it; or apt-get install {package}).");
        var start = new ProcessStartInfo(path) { RedirectStandardOutput = true, RedirectStandardError = true, StandardOutputEncoding = Encoding.UTF8 };
        foreach (var arg in args)
            start.ArgumentList.Add(arg);
        using var process = Process.Start(start)!;
        var stderr = process.StandardError.ReadToEndAsync();
        var stdout = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        if (process.ExitCode != 0)
            Assert.Fail($"{tool} {string.Join(' ', args)} exited with {process.ExitCode}: {stderr.Result}");
        return stdout;
    }

    public static int PdfPages(string pdf)
    {
        var info = Run("pdfinfo", "poppler-utils", pdf);
        var line = info.Split('\n').First(l => l.StartsWith("Pages:", StringComparison.Ordinal));
        return int.Parse(line["Pages:".Length..].Trim(), CultureInfo.InvariantCulture);
    }

    public static string PdfText(string pdf) => Run("pdftotext", "poppler-utils", "-enc", "UTF-8", pdf, "-");

    public static string PdfFonts(string pdf) => Run("pdffonts", "poppler-utils", pdf);

    /// <summary>Renders page <paramref name="page"/> at 60 dpi to <paramref name="png"/> (kept as an artefact) and returns the share of its pixels that are not white.</summary>
    public static double RenderPage(string pdf, int page, string png)
    {
        var number = page.ToString(CultureInfo.InvariantCulture);
        Run("pdftoppm", "poppler-utils", "-r", "60", "-f", number, "-l", number, "-png", "-singlefile", pdf, Path.ChangeExtension(png, null));
        var gray = Path.ChangeExtension(png, null) + "-gray";
        Run("pdftoppm", "poppler-utils", "-r", "50", "-f", number, "-l", number, "-gray", "-singlefile", pdf, gray);
        try
        {
            return InkShare(File.ReadAllBytes(gray + ".pgm"));
        }
        finally
        {
            File.Delete(gray + ".pgm");
        }
    }

    /// <summary>Renders page 1 at 50 dpi to <paramref name="png"/> (kept as an artefact) and returns the share of its pixels that are not white.</summary>
    public static double RenderFirstPage(string pdf, string png)
    {
        Run("pdftoppm", "poppler-utils", "-r", "50", "-f", "1", "-l", "1", "-png", "-singlefile", pdf, Path.ChangeExtension(png, null));
        var gray = Path.ChangeExtension(png, null) + "-gray";
        Run("pdftoppm", "poppler-utils", "-r", "50", "-f", "1", "-l", "1", "-gray", "-singlefile", pdf, gray);
        try
        {
            return InkShare(File.ReadAllBytes(gray + ".pgm"));
        }
        finally
        {
            File.Delete(gray + ".pgm");
        }
    }

    /// <summary>
    /// Converts every file to PDF in one LibreOffice run (start-up is most of its cost). Fontconfig gets the aliases
    /// that map the documents' Windows font names to the Debian fonts, as a deployment would.
    /// </summary>
    public static void ConvertWithLibreOffice(IReadOnlyList<string> files, string outDir)
    {
        var fonts = Path.Combine(outDir, "fonts.conf");
        File.WriteAllText(fonts, DocxParts.FontconfigAliases);
        if (Soffice.ConvertToPdf(files, outDir, fonts) is { } problem)
            Assert.Fail(problem);
    }

    /// <summary>Share of pixels darker than light grey in a binary PGM (P5, 8-bit).</summary>
    private static double InkShare(byte[] pgm)
    {
        var fields = new List<int>(3);
        var at = 2;
        while (fields.Count < 3)
        {
            while (char.IsWhiteSpace((char)pgm[at]))
                at++;
            if (pgm[at] == '#')
            {
                while (pgm[at] != '\n')
                    at++;
                continue;
            }
            var start = at;
            while (!char.IsWhiteSpace((char)pgm[at]))
                at++;
            fields.Add(int.Parse(Encoding.ASCII.GetString(pgm, start, at - start), CultureInfo.InvariantCulture));
        }
        at++;
        var pixels = fields[0] * fields[1];
        var ink = 0;
        for (var i = at; i < at + pixels && i < pgm.Length; i++)
        {
            if (pgm[i] < 200)
                ink++;
        }
        return (double)ink / pixels;
    }
}
