using Jixiao.Documents.Report;
using Jixiao.Documents.Table;

namespace Jixiao.Documents.Tests.Report;

/// <summary>
/// Every sample's report (DOCX, PDF) and table (XLSX), written once per test run into
/// artifacts/test-output/documents/ and shared by the tests that read them back.
/// </summary>
internal static class GeneratedDocuments
{
    private static readonly Lazy<IReadOnlyDictionary<string, Set>> LazyAll = new(WriteAll);

    private static readonly Lazy<string> LazyLibreOffice = new(ConvertAll);

    public static Set Of(string sample) => LazyAll.Value[sample];

    /// <summary>The folder holding LibreOffice's PDF of every generated DOCX and XLSX (one soffice run).</summary>
    public static string LibreOfficePdfs => LazyLibreOffice.Value;

    public static ReportOptions Options { get; } = new() { FilledOn = new DateOnly(2024, 3, 31) };

    private static Dictionary<string, Set> WriteAll()
    {
        var dir = TestOutput.Fresh("documents");
        var all = new Dictionary<string, Set>(StringComparer.Ordinal);
        foreach (var name in Samples.Names)
        {
            var (evaluation, scheme) = Samples.Load(name);
            var set = new Set(Path.Combine(dir, name + "-自评报告.docx"), Path.Combine(dir, name + "-自评表.xlsx"), Path.Combine(dir, name + "-自评报告.pdf"));
            ReportWriter.WriteDocx(evaluation, scheme, set.Docx, Options);
            TableWriter.WriteXlsx(evaluation, scheme, set.Xlsx);
            ReportWriter.WritePdf(evaluation, scheme, set.Pdf, Options);
            all[name] = set;
        }
        return all;
    }

    private static string ConvertAll()
    {
        var dir = TestOutput.Fresh("libreoffice");
        var files = Samples.Names.SelectMany(n => new[] { Of(n).Docx, Of(n).Xlsx }).ToList();
        ExternalTools.ConvertWithLibreOffice(files, dir);
        try
        {
            Directory.Delete(Path.Combine(dir, "lo-profile"), recursive: true); // LibreOffice's settings, not an artefact
        }
        catch (IOException)
        {
        }
        return dir;
    }

    public sealed record Set(string Docx, string Xlsx, string Pdf);
}
