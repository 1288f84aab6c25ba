using BenchmarkDotNet.Attributes;
using Jixiao.Core.Audit;
using Jixiao.Documents.Evaluations;
using Jixiao.Documents.Json;
using Jixiao.Documents.Schemes;

namespace Jixiao.Bench;

/// <summary>
/// Shape: what POST /api/score does with its body, for each sample (54 to 175 lines of YAML): read the evaluation
/// file, rate, score and audit it, and write the `jixiao check --json` object. The HTTP part is bench/web-bench.sh.
/// </summary>
[MemoryDiagnoser]
[MedianColumn]
public class ScoreServiceBenchmark
{
    private SchemeCatalog _schemes = null!;
    private string _text = "";

    [Params("000_c25bfb41d425b3b3", "001_13894b55cb0ec16c", "002_6556f02633b2da35")]
    public string Sample { get; set; } = "";

    [GlobalSetup]
    public void Setup()
    {
        _schemes = SchemeCatalog.Load(Path.Combine(AppContext.BaseDirectory, "schemes"));
        _text = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "samples", Sample + ".yaml"));
    }

    [Benchmark]
    public object ParseOnly() => EvaluationFile.Parse(_text, "body", _schemes);

    [Benchmark]
    public string ParseScoreAndWrite()
    {
        var evaluation = EvaluationFile.Parse(_text, "body", _schemes);
        var result = Auditor.Run(evaluation, _schemes.Get(evaluation.SchemeId, "body"));
        return CheckJson.Write("body", result);
    }
}
