using Jixiao.Documents.Tests.Import.Variants;

namespace Jixiao.Documents.Tests.Import.Extraction;

/// <summary>
/// The written cases of issue 9 against their hand-made truth, with the comparison of tools/score_import.py. Those
/// the importer does not yet read are listed in Variants/known-failures.txt as "NAME written".
/// </summary>
public sealed class WrittenCaseTests
{
    public static TheoryData<string> Cases => [.. WrittenCases.Names()];

    [Theory]
    [MemberData(nameof(Cases))]
    public void Written_case_matches_its_truth(string name)
    {
        var document = Path.Combine(WrittenCases.Folder, name);

        var problems = Truth.Load(Path.ChangeExtension(document, ".json")).Compare(Importer.Import(document));

        KnownFailures.List.Judge(name, WrittenCases.Variant, problems);
    }

    [Fact]
    public void There_is_a_written_case_for_each_pattern_of_issue_9() =>
        WrittenCases.Names().Count().ShouldBeGreaterThanOrEqualTo(6);
}
