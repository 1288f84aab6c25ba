using Jixiao.Documents.Report;
using Jixiao.Documents.Table;
using Jixiao.Documents.Tests.Report;
using Jixiao.Tests.Shared;

namespace Jixiao.Documents.Tests.Fuzz;

/// <summary>
/// Real inputs to mutate: the dev corpus's texts, the samples' YAML, and the samples as DOCX, XLSX and PDF written
/// by our own writers (the PDF only where its font is installed). Made once per test run.
/// </summary>
internal static class FuzzSeeds
{
    private static readonly Lazy<IReadOnlyList<(string Name, byte[] Bytes)>> LazyDocuments = new(MakeDocuments);

    /// <summary>Documents for the readers: name (its extension tells the kind) and content.</summary>
    public static IReadOnlyList<(string Name, byte[] Bytes)> Documents => LazyDocuments.Value;

    /// <summary>Evaluation files for the YAML loader.</summary>
    public static IReadOnlyList<(string Name, string Text)> Yaml { get; } =
        Samples.Names.Select(n => (n + ".yaml", File.ReadAllText(Samples.PathOf(n)))).ToList();

    private static List<(string Name, byte[] Bytes)> MakeDocuments()
    {
        var documents = Directory.GetFiles(TestPaths.DevCorpus, "*.txt").Order(StringComparer.Ordinal)
            .Select(f => (Path.GetFileName(f), File.ReadAllBytes(f))).ToList();
        foreach (var name in Samples.Names.Take(3))
        {
            var (evaluation, scheme) = Samples.Load(name);
            documents.Add((name + ".docx", Write(s => ReportWriter.WriteDocx(evaluation, scheme, s))));
            documents.Add((name + ".xlsx", Write(s => TableWriter.WriteXlsx(evaluation, scheme, s))));
            try
            {
                documents.Add((name + ".pdf", Write(s => ReportWriter.WritePdf(evaluation, scheme, s))));
            }
            catch (ReportException)
            {
                // No Chinese font here: fuzz the other formats.
            }
        }
        return documents;
    }

    private static byte[] Write(Action<Stream> write)
    {
        using var stream = new MemoryStream();
        write(stream);
        return stream.ToArray();
    }
}
