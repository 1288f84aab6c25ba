using System.Diagnostics;
using System.IO.Compression;
using System.Security.Cryptography;
using Jixiao.Tests.Shared;

namespace Jixiao.Cli.Tests;

/// <summary>
/// Ctrl+C at random moments during `audit --out` and `report`, twenty times each: never a partial, empty or
/// temporary file, and the previous output always intact (issue 11, points 1 and 2). The moments are drawn from a
/// fixed seed, so a failure can be replayed.
/// </summary>
public sealed class InterruptionTests : IDisposable
{
    private const int Runs = 20;

    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public void Interrupting_audit_out_never_leaves_a_partial_summary_and_keeps_the_previous_one()
    {
        // Enough documents for the run to take about a second: the corpus's texts, ten times over.
        var texts = Directory.GetFiles(TestPaths.DevCorpus, "*.txt");
        for (var copy = 0; copy < 10; copy++)
        {
            foreach (var text in texts)
                _folder.Copy(text, $"docs/{copy}-{Path.GetFileName(text)}");
        }
        var csv = _folder.File("out/summary.csv");
        var xlsx = _folder.File("out/summary.xlsx");
        Directory.CreateDirectory(_folder.File("out"));
        var clock = Stopwatch.StartNew();
        CliRunner.Run("audit", _folder.File("docs"), "--out", csv).ExitCode.ShouldBe(0);
        var duration = clock.Elapsed;
        CliRunner.Run("audit", _folder.File("docs"), "--out", xlsx).ExitCode.ShouldBe(0);
        var previousCsv = Hash(csv);

        var random = new Random(20240611);
        var interrupted = 0;
        for (var run = 0; run < Runs; run++)
        {
            var target = run % 2 == 0 ? csv : xlsx;
            interrupted += Interrupt(["audit", _folder.File("docs"), "--out", target], random.NextDouble() * duration.TotalMilliseconds * 1.2);

            _folder.Entries("out").ShouldBe(["summary.csv", "summary.xlsx"], $"run {run}");
            Hash(csv).ShouldBe(previousCsv, $"run {run}"); // the same documents give the same rows
            IsWholeZip(xlsx).ShouldBeTrue($"run {run}");
        }
        interrupted.ShouldBeGreaterThan(Runs / 4); // most signals arrive while the run is busy, not after it
    }

    [Fact]
    public void Interrupting_report_never_leaves_a_partial_or_empty_document_and_keeps_the_previous_ones()
    {
        var samples = (string[])[CliRunner.Sample("000"), CliRunner.Sample("002"), CliRunner.Sample("004")];
        var outDir = _folder.File("out");
        string[] args = ["report", "--format", Formats(), "--out", outDir, .. samples];
        var clock = Stopwatch.StartNew();
        CliRunner.Run(args).ExitCode.ShouldBe(0);
        var duration = clock.Elapsed;
        var expected = _folder.Entries("out");
        // Each sample's documents, and for a draft the list of what to fix (.待修改.txt).
        expected.Count(n => !n.EndsWith(".txt", StringComparison.Ordinal)).ShouldBe(samples.Length * Formats().Split(',').Length);

        var random = new Random(20240612);
        var interrupted = 0;
        for (var run = 0; run < Runs; run++)
        {
            interrupted += Interrupt(args, random.NextDouble() * duration.TotalMilliseconds * 1.2);

            _folder.Entries("out").ShouldBe(expected, $"run {run}");
            foreach (var name in expected)
                IsWholeDocument(Path.Combine(outDir, name)).ShouldBeTrue($"run {run}: {name}");
        }
        interrupted.ShouldBeGreaterThan(Runs / 4);
    }

    /// <summary>PDF only where its font is installed (report says which package otherwise).</summary>
    private static string Formats() =>
        File.Exists("/usr/share/fonts/truetype/arphic-gbsn00lp/gbsn00lp.ttf") || Environment.GetEnvironmentVariable("JIXIAO_PDF_FONT") is { Length: > 0 }
            ? "docx,xlsx,pdf"
            : "docx,xlsx";

    /// <summary>Runs jixiao and sends SIGINT after <paramref name="milliseconds"/>; 1 when the signal ended the run.</summary>
    private static int Interrupt(string[] args, double milliseconds)
    {
        using var process = Process.Start(CliRunner.Start(args))!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        Thread.Sleep(TimeSpan.FromMilliseconds(milliseconds));
        if (!process.HasExited)
        {
            using var kill = Process.Start("kill", ["-INT", process.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)]);
            kill.WaitForExit();
        }
        process.WaitForExit(60_000).ShouldBeTrue();
        _ = stdout.Result + stderr.Result;
        return process.ExitCode == 0 ? 0 : 1;
    }

    private static string Hash(string path) => Convert.ToHexString(SHA256.HashData(File.ReadAllBytes(path)));

    private static bool IsWholeDocument(string path) => Path.GetExtension(path) switch
    {
        ".pdf" => IsWholePdf(path),
        ".txt" => File.ReadAllText(path).TrimEnd().Length > 0,
        _ => IsWholeZip(path),
    };

    /// <summary>A zip whose central directory (written last) lists the package's content types.</summary>
    private static bool IsWholeZip(string path)
    {
        try
        {
            using var zip = ZipFile.OpenRead(path);
            return zip.GetEntry("[Content_Types].xml") is not null;
        }
        catch (InvalidDataException)
        {
            return false;
        }
    }

    private static bool IsWholePdf(string path)
    {
        var bytes = File.ReadAllBytes(path);
        var tail = System.Text.Encoding.ASCII.GetString(bytes, Math.Max(0, bytes.Length - 32), Math.Min(32, bytes.Length));
        return bytes.AsSpan().StartsWith("%PDF-"u8) && tail.Contains("%%EOF", StringComparison.Ordinal);
    }
}
