using System.Text.Json;
using Jixiao.Documents.Import;
using Jixiao.Documents.Schemes;

namespace Jixiao.Documents.Tests.Import.RoundTrip;

/// <summary>
/// The same report read from its text, from the Word file it would have come from and from the PDF printed from that
/// Word file gives the same figures: the import must not depend on the format a department happened to send.
/// </summary>
public sealed class RoundTripTests(RoundTripDocuments documents) : IClassFixture<RoundTripDocuments>
{
    /// <summary>The import contract's fields (domain.md §8) that the text, DOCX and PDF must agree on.</summary>
    private static readonly string[] Fields =
    [
        "department", "year",
        "budget.initial", "budget.adjustment", "budget.total", "budget.basic", "budget.project",
        "spent.total", "spent.basic", "spent.project",
        "executionRate", "selfScore", "grade", "indicatorCount",
    ];

    private static readonly ImportPipeline Pipeline = new(SchemeCatalog.Load(Path.Combine(AppContext.BaseDirectory, "schemes")));

    public static TheoryData<string> Names => DevCorpus.Names();

    [Theory]
    [MemberData(nameof(Names))]
    public void Docx_gives_the_fields_of_the_text(string name)
    {
        Require(name);
        Differences(name, documents.Docx(name)).ShouldBeEmpty();
    }

    [Theory]
    [MemberData(nameof(Names))]
    public void Pdf_gives_the_fields_of_the_text(string name)
    {
        Require(name);
        if (documents.PdfProblem is { } problem)
        {
            if (Environment.GetEnvironmentVariable("JIXIAO_NO_LIBREOFFICE") == "1")
                Assert.Skip(problem + " (JIXIAO_NO_LIBREOFFICE=1)");
            Assert.Fail(problem + "; set JIXIAO_NO_LIBREOFFICE=1 to skip the PDF tests");
        }
        Differences(name, documents.Pdf(name)).ShouldBeEmpty();
    }

    private void Require(string name)
    {
        if (name == DevCorpus.Missing || documents.Problem is not null)
            Assert.Fail(documents.Problem ?? DevCorpus.Directory);
    }

    /// <summary>"budget.total: 文本 6612.3，DOCX null" for each field the converted file reads differently.</summary>
    private List<string> Differences(string name, string converted)
    {
        using var text = Import(documents.Text(name));
        using var other = Import(converted);
        other.RootElement.TryGetProperty("error", out var error).ShouldBeFalse(error.ToString());
        var format = Path.GetExtension(converted).TrimStart('.').ToUpperInvariant();
        return [.. Fields
            .Select(f => (Field: f, Text: Value(text.RootElement, f), Other: Value(other.RootElement, f)))
            .Where(v => v.Text != v.Other)
            .Select(v => $"{name} {v.Field}: 文本 {v.Text}，{format} {v.Other}")];
    }

    private static JsonDocument Import(string path) => JsonDocument.Parse(ImportJson.Write(Pipeline.Import(path)));

    private static string Value(JsonElement root, string path)
    {
        var e = root;
        foreach (var part in path.Split('.'))
        {
            if (e.ValueKind != JsonValueKind.Object || !e.TryGetProperty(part, out e))
                return "(absent)";
        }
        return e.ValueKind == JsonValueKind.Null ? "null" : e.GetRawText();
    }
}
