using DocumentFormat.OpenXml;
using Jixiao.Documents.Import;
using Jixiao.Documents.Import.Readers;
using Jixiao.Documents.Tests.Import.Readers;

namespace Jixiao.Documents.Tests.Import.Extraction;

/// <summary>
/// Extraction reads what the readers give, whatever the format: corpus documents rebuilt as Word files (their
/// paragraphs as paragraphs, their tab- or pipe-separated rows as a real table) must match the same truth.
/// </summary>
public sealed class DocxImportTests : IDisposable
{
    private readonly TempDirectory _dir = new();

    public void Dispose() => _dir.Dispose();

    [Theory]
    [InlineData("d01.txt")]
    [InlineData("d02.txt")]
    [InlineData("001_13894b55cb0ec16c.txt")]
    public void A_corpus_document_as_docx_matches_its_truth(string name)
    {
        var source = RepositoryPaths.DevDocument(name);
        var docx = _dir.Combine(Path.ChangeExtension(name, ".docx"));
        TestDocx.Write(docx, [.. Body(DocumentReader.Read(source))]);

        var problems = Truth.Load(Path.ChangeExtension(source, ".json")).Compare(Importer.Import(docx));

        problems.ShouldBeEmpty(string.Join("\n", problems));
    }

    /// <summary>Paragraphs for text lines; each run of rows one bordered table, as wide as its widest row.</summary>
    private static List<OpenXmlElement> Body(SourceDocument document)
    {
        var body = new List<OpenXmlElement>();
        var rows = new List<IReadOnlyList<string>>();
        void Flush()
        {
            if (rows.Count == 0)
                return;
            var width = rows.Max(r => r.Count);
            body.Add(TestDocx.BorderedTable(width, [.. rows.Select(r => TestDocx.Row([.. r, .. Enumerable.Repeat("", width - r.Count)]))]));
            rows.Clear();
        }
        foreach (var line in document.Lines)
        {
            if (line.Cells is { } cells)
            {
                rows.Add(cells);
                continue;
            }
            if (line.Text.Trim().Length == 0)
                continue;
            Flush();
            body.Add(TestDocx.Paragraph(line.Text));
        }
        Flush();
        return body;
    }
}
