using System.Collections.Concurrent;
using System.Text.Json;
using Jixiao.Core.Audit;
using Jixiao.Documents.Import;

namespace Jixiao.Documents.Tests.Import.Extraction;

/// <summary>The public surface: errors instead of exceptions, the §8 JSON line, findings located in the source, threads.</summary>
public sealed class ImportPipelineTests
{
    [Fact]
    public void A_missing_file_comes_back_with_a_Chinese_error_naming_it()
    {
        var result = Importer.Import("/nonexistent/不存在的报告.txt");

        result.Evaluation.ShouldBeNull();
        result.Error!.ShouldContain("不存在的报告.txt");
        var json = JsonDocument.Parse(ImportJson.Write(result)).RootElement;
        json.GetProperty("file").GetString().ShouldBe("/nonexistent/不存在的报告.txt");
        json.GetProperty("error").GetString().ShouldBe(result.Error);
    }

    [Fact]
    public void The_json_line_has_every_field_of_the_contract()
    {
        var line = ImportJson.Write(Importer.Dev("d03.txt"));

        line.ShouldNotContain("\n");
        line.ShouldContain("\"department\":\"广州市海珠区退役军人事务局\"");
        var json = JsonDocument.Parse(line).RootElement;
        foreach (var field in (string[])["file", "department", "year", "kind", "unit", "budget", "fundsReceived", "carryover", "spent", "executionRate", "adjustmentRate", "threePublic", "selfScore", "grade", "indicatorCount", "findings"])
            json.TryGetProperty(field, out _).ShouldBeTrue(field);
        json.GetProperty("unit").GetString().ShouldBe("元");
        json.GetProperty("budget").GetProperty("initial").GetRawText().ShouldBe("3521.84");
        json.GetProperty("budget").GetProperty("basic").ValueKind.ShouldBe(JsonValueKind.Null);
        json.GetProperty("executionRate").GetRawText().ShouldBe("96.42");
    }

    [Theory]
    [InlineData("003_05b5c00abd3b0c5c.txt", FindingKinds.SumMismatch, 88, "6385.04")]
    [InlineData("d04.txt", FindingKinds.RateMismatch, 31, "９８．７６％")]
    [InlineData("d05.txt", FindingKinds.GradeMismatch, 143, "优")]
    [InlineData("001_13894b55cb0ec16c.txt", FindingKinds.InvertedFormula, 19, "档位总数")]
    [InlineData("d02.txt", FindingKinds.ScoreOverWeight, 40, "92.80")]
    public void Findings_point_at_their_line_and_quote_it(string document, string kind, int line, string quoted)
    {
        var finding = Importer.Dev(document).Findings.First(f => f.Kind == kind);

        finding.Line.ShouldBe(line);
        finding.Place.ShouldBe($"第 {line} 行");
        finding.Quote!.ShouldContain(quoted);
    }

    [Fact]
    public void A_required_figure_that_is_missing_points_at_the_section_that_should_state_it()
    {
        // seed 003: （一）自评结论综述 states no score or grade.
        var findings = Importer.Dev("003_05b5c00abd3b0c5c.txt").Findings.Where(f => f.Kind == FindingKinds.MissingRequired).ToList();

        findings.Count.ShouldBe(2);
        findings.ShouldAllBe(f => f.Line == 128 && f.Quote == "（一）自评结论综述");
    }

    [Theory]
    [InlineData("000_c25bfb41d425b3b3.txt", "guangzhou-2022")]
    [InlineData("001_13894b55cb0ec16c.txt", "guangzhou-2021")]
    [InlineData("002_6556f02633b2da35.txt", "guangzhou-2023")]
    [InlineData("003_05b5c00abd3b0c5c.txt", "guangzhou-2022")]
    [InlineData("004_561ee7b5f048757c.txt", "hunan-2021")]
    [InlineData("d01.txt", "national-2020")]
    [InlineData("d02.txt", "sichuan-2022")]
    [InlineData("d04.txt", "hunan-2021")]
    [InlineData("d05.txt", "national-2020")]
    [InlineData("d06.txt", "guangzhou-2023")]
    [InlineData("d07.txt", "guangzhou-2021")]
    public void The_scheme_is_the_one_whose_outline_the_document_follows(string document, string scheme) =>
        Importer.Dev(document).Evaluation!.SchemeId.ShouldBe(scheme);

    [Fact]
    public void Scores_the_document_states_are_recomputed_under_its_scheme()
    {
        // seed 002: 99.8% → 9.98, and 20 indicators all met → 90: exactly its 99.98.
        var result = Importer.Dev("002_6556f02633b2da35.txt");

        result.Card!.Total.ShouldBe(99.98m);
        result.Findings.ShouldNotContain(f => f.Kind == FindingKinds.ScoreMismatch);
    }

    [Fact]
    public void Importing_from_many_threads_gives_the_same_lines()
    {
        var files = Directory.EnumerateFiles(RepositoryPaths.DevCorpus, "*.txt").Order(StringComparer.Ordinal).ToList();
        var expected = files.Select(f => ImportJson.Write(Importer.Import(f))).ToList();
        var parallel = new ConcurrentDictionary<int, string>();

        Parallel.For(0, files.Count * 4, new ParallelOptions { MaxDegreeOfParallelism = 8 }, i =>
        {
            var line = ImportJson.Write(Importer.Import(files[i % files.Count]));
            parallel.AddOrUpdate(i % files.Count, line, (_, old) => old == line ? old : "DIFFERENT");
        });

        Enumerable.Range(0, files.Count).Select(i => parallel[i]).ShouldBe(expected);
    }
}
