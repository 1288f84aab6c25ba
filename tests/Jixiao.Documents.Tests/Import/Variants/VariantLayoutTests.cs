using System.Text.Json;
using System.Text.RegularExpressions;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using Jixiao.Documents.Tests.Import.Variants.Generator;
using Jixiao.Documents.Tests.Report;
using WordGridSpan = DocumentFormat.OpenXml.Wordprocessing.GridSpan;
using WordVerticalMerge = DocumentFormat.OpenXml.Wordprocessing.VerticalMerge;

namespace Jixiao.Documents.Tests.Import.Variants;

/// <summary>
/// Each variant really lays the document out its way (a variant that changed nothing would prove nothing): checked on
/// the written files, against the source document and its hand-checked truth.
/// </summary>
[Collection(VariantCollection.Name)]
public sealed partial class VariantLayoutTests(VariantDocuments documents)
{
    public static TheoryData<string> SpaceAligned => VariantPairs.Documents("space-aligned");
    public static TheoryData<string> FullWidth => VariantPairs.Documents("fullwidth");
    public static TheoryData<string> WebPage => VariantPairs.Documents("web-page");
    public static TheoryData<string> TitleTwoLines => VariantPairs.Documents("title-two-lines");
    public static TheoryData<string> TitleTwoLinesBoundary => VariantPairs.Documents("title-two-lines-boundary");
    public static TheoryData<string> AfterAttachment => VariantPairs.Documents("after-attachment");
    public static TheoryData<string> TransposedFunds => VariantPairs.Documents("transposed-funds");
    public static TheoryData<string> Yuan => VariantPairs.Documents("yuan");
    public static TheoryData<string> Xlsx => VariantPairs.Documents("xlsx");
    public static TheoryData<string> MergedHeaders => VariantPairs.Documents("docx-merged-headers");
    public static TheoryData<string> WrappedPdf => VariantPairs.Documents("pdf-wrapped");

    public static TheoryData<string> BorderlessPdf => VariantPairs.Documents("pdf-borderless");

    [Fact]
    public void Every_variant_applies_to_some_dev_document() =>
        VariantCatalog.All.Where(v => !VariantPairs.All.Any(p => p.Variant == v.Name)).Select(v => v.Name).ShouldBeEmpty();

    [Theory]
    [MemberData(nameof(SpaceAligned))]
    public void Space_aligned_rows_keep_every_cell_between_runs_of_spaces_without_tabs_or_pipes(string document)
    {
        var (source, lines) = Text(document, "space-aligned");

        lines.ShouldNotContain(l => l.Contains('\t') || l.Contains('|'));
        foreach (var row in source.Tables.SelectMany(t => t))
        {
            var cells = source.Lines[row].Cells!.Select(Clean).Where(c => c.Length > 0).ToList();
            if (cells.Count > 1)
                TwoOrMoreSpaces().Split(lines[row].Trim()).ShouldBe(cells, ignoreOrder: false, customMessage: $"{document} line {row + 1}");
        }
    }

    [Theory]
    [MemberData(nameof(FullWidth))]
    public void Full_width_variant_has_no_ascii_digit_and_separates_cells_by_ideographic_spaces(string document)
    {
        var (source, lines) = Text(document, "fullwidth");

        lines.ShouldNotContain(l => l.Any(char.IsAsciiDigit));
        lines.ShouldContain(l => l.Any(c => c >= '０' && c <= '９'));
        foreach (var row in source.Tables.SelectMany(t => t))
        {
            var cells = source.Lines[row].Cells!.Select(Clean).Where(c => c.Length > 0).ToList();
            lines[row].ShouldNotContain('\t');
            if (cells.Count > 1)
                IdeographicRun().Split(lines[row].Trim()).Length.ShouldBe(cells.Count, $"{document} line {row + 1}: {lines[row]}");
        }
    }

    [Theory]
    [MemberData(nameof(WebPage))]
    public void Web_page_wraps_the_whole_document_in_a_breadcrumb_heading_and_footer(string document)
    {
        var (source, lines) = Text(document, "web-page");

        lines[0].ShouldStartWith("当前位置：首页");
        lines.ShouldContain(l => l.StartsWith("发布时间：", StringComparison.Ordinal));
        var start = Enumerable.Range(1, lines.Count - source.RawLines.Count).FirstOrDefault(i => lines.Skip(i).Take(source.RawLines.Count).SequenceEqual(source.RawLines));
        start.ShouldBeGreaterThan(0, "the document's lines are not all there, in order, inside the page");
        lines.Skip(start + source.RawLines.Count).ShouldContain(l => l.StartsWith("版权所有", StringComparison.Ordinal));
        lines.Skip(start + source.RawLines.Count).ShouldContain(l => l.StartsWith("ICP备案号", StringComparison.Ordinal));
    }

    [Theory]
    [MemberData(nameof(TitleTwoLines))]
    public void Title_two_lines_breaks_the_title_inside_its_department_phrase(string document)
    {
        var (first, second) = TitleLines(document, "title-two-lines");

        if ((first + second).Contains("部门整体支出", StringComparison.Ordinal))
        {
            first.ShouldEndWith("部门");
            second.ShouldStartWith("整体支出");
        }
    }

    [Theory]
    [MemberData(nameof(TitleTwoLinesBoundary))]
    public void Title_two_lines_boundary_breaks_the_title_before_or_after_its_department_phrase(string document)
    {
        var (first, second) = TitleLines(document, "title-two-lines-boundary");

        (second.StartsWith("部门整体支出", StringComparison.Ordinal) || first.EndsWith("部门整体支出", StringComparison.Ordinal)).ShouldBeTrue($"{first} / {second}");
    }

    [Theory]
    [MemberData(nameof(AfterAttachment))]
    public void After_attachment_puts_the_attachment_number_and_a_boilerplate_line_right_before_the_title(string document)
    {
        var (source, lines) = Text(document, "after-attachment");
        var title = ReportTitle.Find(source)!;

        var at = lines.FindIndex(l => l.Trim() == source.RawLines[title.First].Trim());
        lines[at - 1].ShouldBe("（公开版）");
        lines[at - 2].ShouldBe("附件2");
        lines.Take(at).Count(l => l.Trim().StartsWith("附件", StringComparison.Ordinal)).ShouldBe(1);
    }

    [Theory]
    [MemberData(nameof(TransposedFunds))]
    public void Transposed_funds_turn_measure_headers_into_row_labels(string document)
    {
        var (source, lines) = Text(document, "transposed-funds");
        var measures = source.Tables.SelectMany(t => t).Select(i => source.Lines[i].Cells!)
            .Where(cells => !cells.Any(c => c.Any(char.IsDigit)) && cells.Count(c => Measure().IsMatch(c)) >= 2)
            .SelectMany(cells => cells.Where(c => Measure().IsMatch(c)))
            .ToList();
        var rows = lines.Select(Cells).Where(c => c is not null).Select(c => c!).ToList();

        measures.ShouldNotBeEmpty();
        rows.ShouldNotContain(cells => cells.Count(measures.Contains) >= 2);
        foreach (var measure in measures)
            rows.ShouldContain(cells => cells.FirstOrDefault(c => c.Length > 0) == measure, measure);
    }

    [Theory]
    [MemberData(nameof(Yuan))]
    public void Yuan_variant_states_every_truth_amount_in_yuan_and_no_wan_yuan(string document)
    {
        var file = documents.File(document, "yuan");
        var text = File.ReadAllText(file.Path);
        using var truth = JsonDocument.Parse(File.ReadAllText(file.TruthPath));

        Regex.IsMatch(text, @"万\s*元").ShouldBeFalse();
        truth.RootElement.GetProperty("unit").GetString().ShouldBe("元");
        foreach (var amount in Amounts(documents.Source(document)))
            text.ShouldContain(amount.ToString("#,##0.00", System.Globalization.CultureInfo.InvariantCulture), Case.Sensitive, $"{amount} 万元 in 元");
    }

    [Theory]
    [MemberData(nameof(Xlsx))]
    public void Xlsx_has_a_merged_title_row_a_unit_row_and_the_figures_as_numbers(string document)
    {
        var source = documents.Source(document);
        using var workbook = SpreadsheetDocument.Open(documents.File(document, "xlsx").Path, false);
        var part = workbook.WorkbookPart!;
        var strings = part.SharedStringTablePart!.SharedStringTable.Elements<SharedStringItem>().Select(s => s.InnerText).ToList();
        var sheet = part.WorksheetParts.Single().Worksheet;
        var rows = sheet.Descendants<Row>().ToList();
        string TextOf(Cell c) => c.DataType?.Value == CellValues.SharedString ? strings[int.Parse(c.CellValue!.Text, System.Globalization.CultureInfo.InvariantCulture)] : c.CellValue?.Text ?? "";

        var title = ReportTitle.Find(source)!.Text;
        var titleRow = rows.First(r => r.Elements<Cell>().Any(c => TextOf(c) == title));
        sheet.Descendants<MergeCell>().ShouldContain(m => m.Reference!.Value!.StartsWith("A" + titleRow.RowIndex!.Value + ":", StringComparison.Ordinal));
        rows.Single(r => r.RowIndex!.Value == titleRow.RowIndex!.Value + 1).Elements<Cell>().Select(TextOf).ShouldBe(["单位：万元"]);
        rows.SelectMany(r => r.Elements<Cell>()).Count(c => c.DataType is null && c.CellValue is not null).ShouldBeGreaterThan(0);
        rows.Count(r => r.Elements<Cell>().Count() > 1).ShouldBe(source.Tables.Sum(t => t.Count(i => source.Lines[i].Cells!.Count(c => c.Length > 0) > 1)));
    }

    [Theory]
    [MemberData(nameof(MergedHeaders))]
    public void Docx_merged_headers_has_real_merged_cells(string document)
    {
        using var docx = WordprocessingDocument.Open(documents.File(document, "docx-merged-headers").Path, false);
        var body = docx.MainDocumentPart!.Document!.Body!;

        body.Descendants<WordGridSpan>().Count(s => s.Val!.Value > 1).ShouldBeGreaterThan(0);
        body.Descendants<WordVerticalMerge>().Count().ShouldBeGreaterThan(0);
    }

    [Theory]
    [MemberData(nameof(WrappedPdf))]
    public void Pdf_wrapped_breaks_long_cells_over_several_lines(string document)
    {
        var file = documents.File(document, "pdf-wrapped");
        if (documents.PdfProblem is { } problem)
            Assert.Skip(problem);
        var lines = ExternalTools.Run("pdftotext", "poppler-utils", "-layout", "-enc", "UTF-8", file.Path, "-").Split('\n').Select(Compact).ToList();
        var source = documents.Source(document);
        var labels = source.Tables.SelectMany(t => t).SelectMany(i => source.Lines[i].Cells!).Select(Compact)
            .Where(c => c.Length >= 8 && WrittenNumber.Parse(c) is null).Distinct().ToList();

        var wrapped = labels.Where(l => !lines.Any(x => x.Contains(l, StringComparison.Ordinal)) && lines.Any(x => x.Contains(l[..4], StringComparison.Ordinal))).ToList();

        wrapped.Count.ShouldBeGreaterThan(labels.Count / 2, "cells on one line: " + string.Join("、", labels.Except(wrapped)));
    }

    [Theory]
    [MemberData(nameof(BorderlessPdf))]
    public void Pdf_borderless_draws_no_rule_for_the_reader_to_find(string document)
    {
        var file = documents.File(document, "pdf-borderless");
        if (documents.PdfProblem is { } problem)
            Assert.Skip(problem);
        using var pdf = UglyToad.PdfPig.PdfDocument.Open(file.Path);

        var pages = pdf.GetPages().ToList();

        pages.Sum(p => new Jixiao.Documents.Import.Readers.PdfRulings(p).Vertical.Count).ShouldBe(0);
        pages.Sum(p => Jixiao.Documents.Import.Readers.PdfGrid.From(new Jixiao.Documents.Import.Readers.PdfRulings(p)).Bands.Count).ShouldBe(0);
        pages.Sum(p => p.Letters.Count).ShouldBeGreaterThan(200);
    }

    private (VariantSource Source, List<string> Lines) Text(string document, string variant)
    {
        var file = documents.File(document, variant);
        return (documents.Source(document), [.. File.ReadAllText(file.Path).TrimEnd('\n').Split('\n')]);
    }

    /// <summary>The two lines the variant broke the title into: together the title, neither the title alone.</summary>
    private (string First, string Second) TitleLines(string document, string variant)
    {
        var (source, lines) = Text(document, variant);
        var title = Compact(ReportTitle.Find(source)!.Text);
        lines.ShouldNotContain(l => Compact(l) == title);
        var at = Enumerable.Range(0, lines.Count - 1).Single(i => Compact(lines[i]).Length > 0 && Compact(lines[i] + lines[i + 1]) == title);
        return (lines[at].Trim(), lines[at + 1].Trim());
    }

    /// <summary>The stated amounts of the truth, in 万元.</summary>
    private static IEnumerable<decimal> Amounts(VariantSource source)
    {
        foreach (var path in new[] { "budget.initial", "budget.adjustment", "budget.total", "budget.basic", "budget.project", "fundsReceived", "carryover", "spent.total", "spent.basic", "spent.project", "threePublic.budget", "threePublic.spent" })
        {
            System.Text.Json.Nodes.JsonNode? node = source.Truth;
            foreach (var part in path.Split('.'))
                node = node?[part];
            if (node is not null)
                yield return node.GetValue<decimal>() * 10000m;
        }
    }

    /// <summary>The cells of a tab or pipe row; null for any other line.</summary>
    private static List<string>? Cells(string line) =>
        line.Contains('\t') ? [.. line.Split('\t').Select(c => c.Trim())]
        : line.TrimStart().StartsWith('|') ? [.. line.Trim().Trim('|').Split('|').Select(c => c.Trim())]
        : null;

    private static string Clean(string cell) => string.Join(' ', cell.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));

    private static string Compact(string text) => string.Concat(text.Where(c => !char.IsWhiteSpace(c)));

    [GeneratedRegex(" {2,}")]
    private static partial Regex TwoOrMoreSpaces();

    [GeneratedRegex("\u3000{2,}")]
    private static partial Regex IdeographicRun();

    [GeneratedRegex("预算|执行数|支出数")]
    private static partial Regex Measure();
}
