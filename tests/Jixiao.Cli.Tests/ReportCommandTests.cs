using System.IO.Compression;

namespace Jixiao.Cli.Tests;

public sealed class ReportCommandTests
{
    [Fact]
    public void An_evaluation_with_errors_is_written_as_a_draft_with_its_fixes_beside_it()
    {
        var dir = Directory.CreateTempSubdirectory("jixiao-report-").FullName;
        try
        {
            // Seed 003: its income sources add up to 6384.99 against 6385.04.
            var (code, stdout, _) = CliRunner.Run("report", CliRunner.Sample("003"), "--format", "docx", "--out", dir);

            code.ShouldBe(0);
            stdout.ShouldContain("（草稿）");
            stdout.ShouldContain("【错误】");
            stdout.ShouldContain("6384.99");
            var list = Path.Combine(dir, "广州市荔湾区机关事务管理局-2023.待修改.txt");
            File.ReadAllText(list).ShouldContain("6384.99");
            var docx = Path.Combine(dir, "广州市荔湾区机关事务管理局-2023-自评报告.docx");
            Headers(docx).ShouldContain("草稿");
            // The list goes beside the report, never into it.
            Body(docx).ShouldNotContain("6384.99");
        }
        finally
        {
            Directory.Delete(dir, recursive: true);
        }
    }

    [Fact]
    public void Final_writes_the_same_evaluation_clean_and_lists_nothing_beside_it()
    {
        var dir = Directory.CreateTempSubdirectory("jixiao-report-").FullName;
        try
        {
            var (code, stdout, _) = CliRunner.Run("report", CliRunner.Sample("003"), "--format", "docx", "--out", dir, "--final");

            code.ShouldBe(0);
            stdout.ShouldContain("（正式文本（--final））");
            stdout.ShouldContain("6384.99"); // still told
            Directory.GetFiles(dir, "*.待修改.txt").ShouldBeEmpty();
            Headers(Path.Combine(dir, "广州市荔湾区机关事务管理局-2023-自评报告.docx")).ShouldNotContain("草稿");
        }
        finally
        {
            Directory.Delete(dir, recursive: true);
        }
    }

    [Fact]
    public void A_sound_evaluation_is_written_final_and_its_warnings_are_printed()
    {
        var dir = Directory.CreateTempSubdirectory("jixiao-report-").FullName;
        try
        {
            // Seed 002 adds up; its narrative lost a number ("公文、会议通知等数余件"), which is a warning.
            var (code, stdout, _) = CliRunner.Run("report", CliRunner.Sample("002"), "--format", "docx", "--out", dir);

            code.ShouldBe(0);
            stdout.ShouldContain("（正式文本）");
            stdout.ShouldContain("数余件");
            Directory.GetFiles(dir, "*.待修改.txt").ShouldBeEmpty();
        }
        finally
        {
            Directory.Delete(dir, recursive: true);
        }
    }

    private static string Headers(string docx)
    {
        using var zip = ZipFile.OpenRead(docx);
        return string.Concat(zip.Entries.Where(e => e.FullName.Contains("header", StringComparison.Ordinal)).Select(Read));
    }

    private static string Body(string docx)
    {
        using var zip = ZipFile.OpenRead(docx);
        return Read(zip.GetEntry("word/document.xml")!);
    }

    private static string Read(ZipArchiveEntry entry)
    {
        using var reader = new StreamReader(entry.Open());
        return reader.ReadToEnd();
    }
}
