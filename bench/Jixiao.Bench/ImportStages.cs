using System.Diagnostics;
using System.Globalization;
using Jixiao.Documents.Import;
using Jixiao.Documents.Import.Readers;
using Jixiao.Documents.Schemes;

namespace Jixiao.Bench;

/// <summary>
/// Where one import's time goes, step by step (the steps <see cref="ImportPipeline"/> reports as it ends them), over a
/// folder of documents read twice in one thread: the first pass includes the JIT, the second is the steady state.
/// Microseconds a document. usage: dotnet run -c Release --project bench/Jixiao.Bench -- stages DIR [COUNT]
/// </summary>
internal static class ImportStages
{
    public static void Run(string folder, int count)
    {
        var files = Directory.GetFiles(folder).Order(StringComparer.Ordinal).Take(count).ToArray();
        var pipeline = new ImportPipeline(SchemeCatalog.Load());
        for (var pass = 1; pass <= 2; pass++)
        {
            // Step name → total microseconds, in the order the steps first end.
            var times = new Dictionary<string, double>(StringComparer.Ordinal);
            var total = Stopwatch.StartNew();
            foreach (var file in files)
            {
                var clock = Stopwatch.StartNew();
                void Done(string step)
                {
                    times[step] = times.GetValueOrDefault(step) + clock.Elapsed.TotalMicroseconds;
                    clock.Restart();
                }
                var document = DocumentReader.Read(file);
                Done("read");
                var result = pipeline.Import(file, document, Done);
                ImportJson.Write(result);
                Done("json");
            }
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"pass {pass} ({(pass == 1 ? "with JIT" : "steady")}): {total.Elapsed.TotalMicroseconds / files.Length:0} µs a document, {files.Length} documents"));
            foreach (var (step, micros) in times)
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {step,-10} {micros / files.Length,6:0} µs"));
        }
    }
}
