using System.Text;
using System.Text.Json;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace Jixiao.Cli.Tests;

/// <summary>jixiao audit over a folder of corpus documents and one broken file, run as a real process (output redirected).</summary>
public sealed class AuditCommandTests : IDisposable
{
    private static readonly string[] Columns = ["文件", "部门", "年度", "类型", "严重程度", "说明", "位置", "原文", "写明值", "计算值"];

    private readonly string _dir = Path.Combine(Path.GetTempPath(), "jixiao-audit-" + Guid.NewGuid().ToString("N"));

    public AuditCommandTests()
    {
        // 001 and 003 have findings, d01 has none, d06 is GBK; one in a subfolder (folders are searched recursively).
        Directory.CreateDirectory(Path.Combine(Documents, "sub"));
        foreach (var name in (string[])["001_13894b55cb0ec16c.txt", "003_05b5c00abd3b0c5c.txt", "d01.txt"])
            File.Copy(DevCorpus.File(name), Path.Combine(Documents, name));
        File.Copy(DevCorpus.File("d06.txt"), Path.Combine(Documents, "sub", "d06.txt"));
        File.WriteAllBytes(Path.Combine(Documents, "broken.docx"), "PK\x03\x04 not a zip"u8.ToArray());
    }

    /// <summary>The documents; summary files go beside this folder, never into it (an .xlsx there would be imported).</summary>
    private string Documents => Path.Combine(_dir, "docs");

    [Fact]
    public void Summary_counts_documents_and_findings_lists_the_unreadable_file_and_exits_1()
    {
        var (code, stdout, stderr) = CliRunner.Run("audit", Documents);

        code.ShouldBe(1);
        stdout.ShouldContain("批量审核汇总");
        stdout.ShouldContain("文档 5 份：成功读取 4 份，无法读取 1 份");
        stdout.ShouldContain("问题类型");
        stdout.ShouldContain("sum_mismatch");
        stdout.ShouldContain("分项与合计不符");
        stdout.ShouldContain("问题最多的文档");
        stdout.ShouldContain("广州市荔湾区机关事务管理局");
        stdout.ShouldContain("无法读取的文件");
        stdout.ShouldContain("broken.docx");
        stdout.ShouldContain("文件已损坏");
        stderr.ShouldNotContain("   at ");
    }

    [Fact]
    public void Redirected_output_gets_plain_progress_lines_on_stderr()
    {
        var (_, _, stderr) = CliRunner.Run("audit", Documents);

        var progress = stderr.Split('\n').Where(l => l.StartsWith("已处理 ", StringComparison.Ordinal)).Select(l => l.Trim()).ToList();
        progress.ShouldBe(["已处理 1/5", "已处理 2/5", "已处理 3/5", "已处理 4/5", "已处理 5/5"]);
        stderr.ShouldContain("错误：无法导入文件“broken.docx”");
    }

    [Fact]
    public void Csv_has_a_bom_the_columns_and_one_row_per_finding()
    {
        var csv = Path.Combine(_dir, "out", "summary.csv");
        Directory.CreateDirectory(Path.GetDirectoryName(csv)!);

        var (code, stdout, _) = CliRunner.Run("audit", Documents, "--out", csv);

        code.ShouldBe(1);
        stdout.ShouldContain("问题明细已写入");
        var bytes = File.ReadAllBytes(csv);
        bytes.Take(3).ShouldBe(new byte[] { 0xEF, 0xBB, 0xBF });
        var records = ParseCsv(Encoding.UTF8.GetString(bytes, 3, bytes.Length - 3));
        records[0].ShouldBe(Columns);
        var rows = records.Skip(1).ToList();
        rows.ShouldAllBe(r => r.Count == Columns.Length);
        var expected = FindingsByFile();
        rows.Count.ShouldBe(expected.Values.Sum() + 1);
        foreach (var (file, count) in expected)
            rows.Count(r => r[0] == file).ShouldBe(count, file);
        var unreadable = rows.Single(r => r[3] == "unreadable");
        unreadable[0].ShouldEndWith("broken.docx");
        unreadable[4].ShouldBe("错误");
        unreadable[5].ShouldContain("文件已损坏");
        var sum = rows.Single(r => r[3] == "sum_mismatch");
        sum[1].ShouldBe("广州市荔湾区机关事务管理局");
        sum[2].ShouldBe("2023");
        sum[4].ShouldBe("错误");
        sum[6].ShouldStartWith("第 ");
        sum[9].ShouldBe("6384.99");
    }

    [Fact]
    public void Xlsx_opens_with_openxml_and_has_the_summary_and_findings_sheets()
    {
        var xlsx = Path.Combine(_dir, "summary.xlsx");

        var (code, _, _) = CliRunner.Run("audit", Documents, "--out", xlsx);

        code.ShouldBe(1);
        using var workbook = SpreadsheetDocument.Open(xlsx, false);
        var part = workbook.WorkbookPart!;
        var sheets = part.Workbook.Sheets!.Elements<Sheet>().ToList();
        sheets.Select(s => s.Name!.Value).ShouldBe(["汇总", "问题明细"]);
        var bold = part.WorkbookStylesPart!.Stylesheet.CellFormats!.Elements<CellFormat>()
            .Select(f => part.WorkbookStylesPart.Stylesheet.Fonts!.Elements<Font>().ElementAt((int)f.FontId!.Value).Bold is not null).ToList();

        var findings = Rows(part, sheets[1]);
        findings[0].Take(Columns.Length).ShouldBe(Columns);
        findings.Count.ShouldBe(FindingsByFile().Values.Sum() + 2); // the header and the unreadable file
        findings.ShouldContain(r => r[3] == "sum_mismatch" && r[9] == "6384.99");
        findings.ShouldContain(r => r[0].EndsWith("broken.docx", StringComparison.Ordinal) && r[3] == "unreadable");
        var detail = (WorksheetPart)part.GetPartById(sheets[1].Id!);
        detail.Worksheet.Descendants<Pane>().Single().State!.Value.ShouldBe(PaneStateValues.Frozen);
        detail.Worksheet.Descendants<Column>().Count().ShouldBe(Columns.Length);
        detail.Worksheet.Descendants<Row>().First().Elements<Cell>().ShouldAllBe(c => bold[(int)c.StyleIndex!.Value]);

        var summary = Rows(part, sheets[0]);
        summary.ShouldContain(r => r[0] == "总体" && r[1] == "文档" && r[7] == "5");
        summary.ShouldContain(r => r[0] == "总体" && r[1] == "无法读取" && r[7] == "1");
        summary.ShouldContain(r => r[0] == "问题类型" && r[1] == "sum_mismatch");
        summary.ShouldContain(r => r[0] == "无法读取" && r[1].EndsWith("broken.docx", StringComparison.Ordinal) && r[8].Contains("文件已损坏"));
    }

    [Fact]
    public void Unknown_out_format_is_a_chinese_error()
    {
        var (code, stdout, stderr) = CliRunner.Run("audit", Documents, "--out", Path.Combine(_dir, "summary.ods"));

        code.ShouldBe(1);
        stderr.ShouldContain("请用 .xlsx 或 .csv");
        stdout.ShouldNotContain("批量审核汇总");
    }

    [Fact]
    public void Every_readable_document_exits_0()
    {
        File.Delete(Path.Combine(Documents, "broken.docx"));

        var (code, stdout, _) = CliRunner.Run("audit", Documents);

        code.ShouldBe(0);
        stdout.ShouldContain("无法读取 0 份");
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(_dir, recursive: true);
        }
        catch (IOException)
        {
            // Left for the OS temp cleaner.
        }
    }

    /// <summary>Findings per document as `jixiao import --json` reports them: the audit must write exactly these.</summary>
    private Dictionary<string, int> FindingsByFile()
    {
        var (_, stdout, _) = CliRunner.Run("import", "--json", Documents);
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var line in stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries))
        {
            using var json = JsonDocument.Parse(line);
            if (json.RootElement.TryGetProperty("findings", out var findings) && findings.GetArrayLength() > 0)
                counts[json.RootElement.GetProperty("file").GetString()!] = findings.GetArrayLength();
        }
        counts.Count.ShouldBeGreaterThan(0);
        return counts;
    }

    private static List<List<string>> Rows(WorkbookPart part, Sheet sheet) =>
        [.. ((WorksheetPart)part.GetPartById(sheet.Id!)).Worksheet.Descendants<Row>().Select(row =>
        {
            var cells = new string[row.Elements<Cell>().Max(c => ColumnIndex(c.CellReference!)) + 1];
            foreach (var cell in row.Elements<Cell>())
                cells[ColumnIndex(cell.CellReference!)] = cell.InlineString?.InnerText ?? cell.CellValue?.Text ?? "";
            return cells.Select(c => c ?? "").Concat(Enumerable.Repeat("", 12)).Take(12).ToList();
        })];

    private static int ColumnIndex(string reference) => reference.TakeWhile(char.IsLetter).Aggregate(0, (n, c) => n * 26 + c - 'A' + 1) - 1;

    /// <summary>RFC 4180: fields in double quotes may hold commas, quotes ("") and line breaks.</summary>
    private static List<List<string>> ParseCsv(string text)
    {
        var records = new List<List<string>>();
        var record = new List<string>();
        var field = new StringBuilder();
        var quoted = false;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (quoted)
            {
                if (c == '"' && i + 1 < text.Length && text[i + 1] == '"')
                    field.Append(text[++i]);
                else if (c == '"')
                    quoted = false;
                else
                    field.Append(c);
            }
            else if (c == '"')
                quoted = true;
            else if (c == ',')
            {
                record.Add(field.ToString());
                field.Clear();
            }
            else if (c == '\r' && i + 1 < text.Length && text[i + 1] == '\n')
            {
                record.Add(field.ToString());
                field.Clear();
                records.Add(record);
                record = [];
                i++;
            }
            else
                field.Append(c);
        }
        return records;
    }
}
