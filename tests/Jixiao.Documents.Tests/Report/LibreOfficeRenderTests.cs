namespace Jixiao.Documents.Tests.Report;

/// <summary>
/// The documents as a person opens them: LibreOffice reads every generated DOCX and XLSX and prints it to PDF,
/// and page 1 is rendered to PNG (kept under artifacts/test-output/libreoffice/) and must not be blank.
/// </summary>
public sealed class LibreOfficeRenderTests
{
    public static TheoryData<string> AllSamples => new(Samples.Names);

    [Theory]
    [MemberData(nameof(AllSamples))]
    public void LibreOffice_prints_the_report(string sample)
    {
        var pdf = Converted(GeneratedDocuments.Of(sample).Docx);
        ExternalTools.PdfPages(pdf).ShouldBeInRange(2, 30);
        ExternalTools.RenderFirstPage(pdf, Path.ChangeExtension(pdf, ".png")).ShouldBeGreaterThan(0.002);
        PdfReportTests.Flat(ExternalTools.PdfText(pdf)).ShouldContain(Samples.Load(sample).Evaluation.Department);
    }

    [Theory]
    [MemberData(nameof(AllSamples))]
    public void LibreOffice_prints_the_table(string sample)
    {
        var pdf = Converted(GeneratedDocuments.Of(sample).Xlsx);
        ExternalTools.PdfPages(pdf).ShouldBeInRange(1, 30);
        ExternalTools.RenderFirstPage(pdf, Path.ChangeExtension(pdf, ".png")).ShouldBeGreaterThan(0.002);
    }

    private static string Converted(string file)
    {
        var pdf = Path.Combine(GeneratedDocuments.LibreOfficePdfs, Path.GetFileNameWithoutExtension(file) + ".pdf");
        File.Exists(pdf).ShouldBeTrue($"LibreOffice wrote no PDF for {Path.GetFileName(file)}");
        return pdf;
    }
}
