using System.Diagnostics;

namespace Jixiao.Tests.Shared;

/// <summary>
/// LibreOffice headless, the independent client the tests open and print our documents with. One place for how it
/// is found and run, whatever the test does with a failure.
/// </summary>
internal static class Soffice
{
    public const string InstallHint = "LibreOffice (soffice) is not installed: ./test.sh installs it (apt-get install libreoffice-writer-nogui libreoffice-calc-nogui fonts-noto-cjk)";

    /// <summary>soffice (or libreoffice) on the PATH, or null.</summary>
    public static string? Find() => OnPath("soffice", "libreoffice");

    /// <summary>The first of <paramref name="programs"/> found in a PATH directory, or null.</summary>
    public static string? OnPath(params string[] programs) =>
        (Environment.GetEnvironmentVariable("PATH") ?? "")
            .Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .SelectMany(dir => programs.Select(p => Path.Combine(dir, p)))
            .FirstOrDefault(File.Exists);

    /// <summary>
    /// Converts every file to PDF in one run (start-up is most of its cost), with a profile of its own: a second
    /// soffice on a shared profile waits for the first or exits silently. Null on success, else what went wrong.
    /// </summary>
    public static string? ConvertToPdf(IReadOnlyList<string> files, string outDir, string? fontconfigFile = null)
    {
        if (Find() is not { } soffice)
            return InstallHint;
        var start = new ProcessStartInfo(soffice) { RedirectStandardOutput = true, RedirectStandardError = true };
        if (fontconfigFile is not null)
            start.Environment["FONTCONFIG_FILE"] = fontconfigFile;
        foreach (var arg in new[] { $"-env:UserInstallation={new Uri(Path.Combine(outDir, "lo-profile")).AbsoluteUri}", "--headless", "--norestore", "--convert-to", "pdf", "--outdir", outDir })
            start.ArgumentList.Add(arg);
        foreach (var file in files)
            start.ArgumentList.Add(file);
        using var process = Process.Start(start)!;
        var stderr = process.StandardError.ReadToEndAsync();
        process.StandardOutput.ReadToEnd();
        if (!process.WaitForExit(TimeSpan.FromMinutes(5)))
        {
            process.Kill(entireProcessTree: true);
            return "LibreOffice did not convert the documents within five minutes";
        }
        var missing = files.Where(f => !File.Exists(Path.Combine(outDir, Path.GetFileNameWithoutExtension(f) + ".pdf"))).Select(Path.GetFileName).ToList();
        return missing.Count == 0 ? null : $"LibreOffice exited with {process.ExitCode} and wrote no PDF for {string.Join(", ", missing)}: {stderr.Result}";
    }
}
