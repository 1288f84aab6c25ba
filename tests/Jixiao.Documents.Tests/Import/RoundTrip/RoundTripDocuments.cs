using Jixiao.Documents.Import.Readers;
using Jixiao.Tests.Shared;

namespace Jixiao.Documents.Tests.Import.RoundTrip;

/// <summary>
/// Every dev corpus document as Word (written by <see cref="CorpusDocx"/>) and as the PDF LibreOffice prints from
/// that Word file: all in one soffice call, since starting LibreOffice costs more than converting.
/// </summary>
public sealed class RoundTripDocuments : IDisposable
{
    private readonly string _root = Path.Combine(Path.GetTempPath(), "jixiao-roundtrip-" + Guid.NewGuid().ToString("N"));

    public RoundTripDocuments()
    {
        Directory.CreateDirectory(_root);
        string corpus;
        try
        {
            corpus = DevCorpus.Directory;
        }
        catch (InvalidOperationException e)
        {
            Problem = e.Message;
            return;
        }
        var docx = new List<string>();
        foreach (var text in Directory.GetFiles(corpus, "*.txt").Order(StringComparer.Ordinal))
        {
            var path = Path.Combine(_root, Path.GetFileNameWithoutExtension(text) + ".docx");
            CorpusDocx.Write(DocumentReader.Read(text), path);
            docx.Add(path);
        }
        PdfProblem = ConvertToPdf(docx);
    }

    /// <summary>Why no document could be made (the corpus is missing).</summary>
    public string? Problem { get; }

    /// <summary>Why the PDFs could not be made (LibreOffice missing or failing).</summary>
    public string? PdfProblem { get; }

    public string Text(string name) => Path.Combine(DevCorpus.Directory, name + ".txt");

    public string Docx(string name) => Path.Combine(_root, name + ".docx");

    public string Pdf(string name) => Path.Combine(_root, name + ".pdf");

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

    private string? ConvertToPdf(List<string> docx) => Soffice.ConvertToPdf(docx, _root);
}
