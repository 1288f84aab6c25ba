using Jixiao.Documents.Tests.Import.Variants.Generator;
using Jixiao.Tests.Shared;

namespace Jixiao.Documents.Tests.Import.Variants;

/// <summary>
/// Every layout variant of every dev corpus document, written once for all the variant tests into a temporary
/// folder (the PDFs in one LibreOffice run).
/// </summary>
public sealed class VariantDocuments : IDisposable
{
    private readonly string _root = Path.Combine(Path.GetTempPath(), "jixiao-variants-" + Guid.NewGuid().ToString("N"));
    private readonly Dictionary<(string Document, string Variant), VariantFile> _files = [];

    public VariantDocuments()
    {
        string corpus;
        try
        {
            corpus = TestPaths.DevCorpus;
        }
        catch (InvalidOperationException e)
        {
            Problem = e.Message;
            return;
        }
        Directory.CreateDirectory(_root);
        Sources = VariantSource.Load(corpus);
        var (files, pdfProblem) = VariantSetWriter.Write(Sources, VariantCatalog.All, _root);
        foreach (var file in files)
            _files[(file.Document, file.Variant)] = file;
        PdfProblem = pdfProblem;
    }

    /// <summary>Why nothing could be made (the corpus is missing).</summary>
    public string? Problem { get; }

    /// <summary>Why the PDFs could not be made (LibreOffice missing or failing).</summary>
    public string? PdfProblem { get; }

    internal IReadOnlyList<VariantSource> Sources { get; } = [];

    internal VariantFile File(string document, string variant)
    {
        if (Problem is not null)
            Assert.Fail(Problem);
        return _files.TryGetValue((document, variant), out var file)
            ? file
            : throw new InvalidOperationException($"no {variant} variant of {document} was written");
    }

    internal VariantSource Source(string document) => Sources.Single(s => s.Name == document);

    public void Dispose()
    {
        try
        {
            Directory.Delete(_root, recursive: true);
        }
        catch (IOException)
        {
            // LibreOffice may still hold its profile; the OS temp cleaner will have it.
        }
    }
}
