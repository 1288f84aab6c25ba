using Jixiao.Documents.Tests.Import.Extraction;

namespace Jixiao.Documents.Tests.Import.Variants;

/// <summary>
/// A document laid out another way states the same facts, so the real pipeline must import every layout variant of
/// every dev corpus document to that document's truth (the comparison of tools/score_import.py). The pairs that do
/// not yet are listed in known-failures.txt (issue 9).
/// </summary>
[Collection(VariantCollection.Name)]
public sealed class VariantImportTests(VariantDocuments documents)
{
    public static TheoryData<string, string> Pairs => VariantPairs.Data();

    [Theory]
    [MemberData(nameof(Pairs))]
    public void Variant_imports_to_the_truth_of_its_document(string document, string variant)
    {
        var file = documents.File(document, variant);
        if (file.Path.EndsWith(".pdf", StringComparison.Ordinal) && documents.PdfProblem is { } problem)
        {
            if (Environment.GetEnvironmentVariable("JIXIAO_NO_LIBREOFFICE") == "1")
                Assert.Skip(problem + " (JIXIAO_NO_LIBREOFFICE=1)");
            Assert.Fail(problem + "; set JIXIAO_NO_LIBREOFFICE=1 to skip the PDF tests");
        }

        var problems = Truth.Load(file.TruthPath).Compare(Importer.Import(file.Path));

        KnownFailures.List.Judge(document, variant, problems);
    }

    [Fact]
    public void Known_failures_name_only_variants_the_generator_makes_or_written_cases()
    {
        var made = VariantPairs.All.ToHashSet();
        var written = WrittenCases.Names().ToHashSet(StringComparer.Ordinal);

        var stale = KnownFailures.List.Pairs.Where(p => !made.Contains(p) && !(p.Variant == WrittenCases.Variant && written.Contains(p.Document))).ToList();

        stale.ShouldBeEmpty("known-failures.txt lists pairs that no test runs: " + string.Join(", ", stale));
    }
}
