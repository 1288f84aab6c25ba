using System.Diagnostics;
using System.Globalization;
using Jixiao.Core.Audit;
using Jixiao.Documents.Import;
using Jixiao.Documents.Import.Extraction;
using Jixiao.Documents.Import.Narrative;
using Jixiao.Documents.Import.Readers;
using Jixiao.Documents.Import.Structure;
using Jixiao.Documents.Schemes;

namespace Jixiao.Bench;

/// <summary>
/// Where one import's time goes, stage by stage (the steps of <see cref="ImportPipeline"/>), over a folder of documents
/// read twice in one thread: the first pass includes the JIT, the second is the steady state. Microseconds a document.
/// usage: dotnet run -c Release --project bench/Jixiao.Bench -- stages DIR [COUNT]
/// </summary>
internal static class ImportStages
{
    private static readonly string[] Names = ["read", "layout", "title", "tables", "sentences", "scheme", "build", "audit", "findings", "json"];

    public static void Run(string folder, int count)
    {
        var files = Directory.GetFiles(folder).Order(StringComparer.Ordinal).Take(count).ToArray();
        var schemes = SchemeCatalog.Load();
        var times = new double[Names.Length];
        for (var pass = 1; pass <= 2; pass++)
        {
            Array.Clear(times);
            var total = Stopwatch.StartNew();
            foreach (var file in files)
                Import(file, schemes, times);
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"pass {pass} ({(pass == 1 ? "with JIT" : "steady")}): {total.Elapsed.TotalMicroseconds / files.Length:0} µs a document, {files.Length} documents"));
            for (var i = 0; i < Names.Length; i++)
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {Names[i],-10} {times[i] / files.Length,6:0} µs"));
        }
    }

    /// <summary>The pipeline's steps, each timed (ImportPipeline.Import without its error boundary).</summary>
    private static void Import(string file, SchemeCatalog schemes, double[] times)
    {
        var clock = Stopwatch.StartNew();
        void Lap(int stage)
        {
            times[stage] += clock.Elapsed.TotalMicroseconds;
            clock.Restart();
        }
        var document = DocumentReader.Read(file);
        Lap(0);
        var layout = DocumentLayout.Build(document);
        Lap(1);
        var facts = new DocumentFacts();
        TitleReader.Read(layout, facts);
        Lap(2);
        TableReader.Read(layout, facts);
        Lap(3);
        foreach (var passage in layout.Passages)
            SentenceReader.Read(passage, facts);
        Lap(4);
        var scheme = SchemeMatcher.Match(schemes, layout, facts);
        Lap(5);
        var builder = new EvaluationBuilder(facts, scheme, layout);
        var evaluation = builder.Build();
        Lap(6);
        var audit = Auditor.Run(evaluation, scheme);
        Lap(7);
        var findings = audit.Findings.Select(builder.Evidence.Locate).ToList();
        findings.AddRange(NarrativeMismatchCheck.Find(builder.Conflicts));
        findings.AddRange(MissingNumberCheck.Find(layout));
        Lap(8);
        var result = new ImportResult(file, evaluation, facts.Unit, findings, null, audit.Card)
        {
            IndicatorCount = builder.IndicatorCount,
            Sources = builder.Evidence.Sources(),
            Alternatives = Alternatives.Of(facts, builder.Conflicts),
        };
        ImportJson.Write(result);
        Lap(9);
    }
}
