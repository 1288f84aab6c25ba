using BenchmarkDotNet.Attributes;
using Jixiao.Core.Evaluations;
using Jixiao.Core.Schemes;
using Jixiao.Core.Scoring;
using Jixiao.Documents.Evaluations;
using Jixiao.Documents.Report;
using Jixiao.Documents.Schemes;
using Jixiao.Documents.Table;

namespace Jixiao.Bench;

/// <summary>
/// Shape: one department from samples/ (one per seed: Guangzhou 2021 table, Guangzhou 2022/2023 and Hunan reports),
/// scored once, then its report as DOCX, its 自评表 as XLSX and its report as PDF (PDFsharp, embedded CJK subset),
/// each written to memory: what `jixiao report` does per file, without the disk and the process start.
/// </summary>
[MemoryDiagnoser]
[MedianColumn]
public class ReportBenchmark
{
    private Evaluation _evaluation = null!;
    private Scheme _scheme = null!;
    private readonly ReportOptions _options = new() { FilledOn = new DateOnly(2024, 3, 31) };

    [ParamsSource(nameof(Samples))]
    public string Sample { get; set; } = "";

    public static IEnumerable<string> Samples() =>
        Directory.GetFiles(SamplesFolder(), "*.yaml").Select(f => Path.GetFileNameWithoutExtension(f)!).Order(StringComparer.Ordinal);

    [GlobalSetup]
    public void Setup()
    {
        var catalog = SchemeCatalog.Load(Path.Combine(AppContext.BaseDirectory, "schemes"));
        _evaluation = EvaluationFile.Load(Path.Combine(SamplesFolder(), Sample + ".yaml"), catalog);
        _scheme = catalog.Get(_evaluation.SchemeId, Sample);
    }

    [Benchmark]
    public long AllThreeDocuments()
    {
        var card = ScoringEngine.Score(_evaluation, _scheme);
        using var docx = new MemoryStream();
        using var xlsx = new MemoryStream();
        using var pdf = new MemoryStream();
        ReportWriter.WriteDocx(_evaluation, _scheme, docx, _options, card);
        TableWriter.WriteXlsx(_evaluation, _scheme, xlsx, card);
        ReportWriter.WritePdf(_evaluation, _scheme, pdf, _options, card);
        return docx.Length + xlsx.Length + pdf.Length;
    }

    /// <summary>samples/ of the checkout the benchmark runs from (BenchmarkDotNet runs it from its own bin folder).</summary>
    private static string SamplesFolder()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var samples = Path.Combine(dir.FullName, "samples");
            if (File.Exists(Path.Combine(dir.FullName, "Jixiao.slnx")) && Directory.Exists(samples))
                return samples;
        }
        throw new DirectoryNotFoundException("samples/ not found above " + AppContext.BaseDirectory);
    }
}
