using System.Text;
using Jixiao.Documents.Import;
using Jixiao.Documents.Import.Readers;

namespace Jixiao.Documents.Tests.Import.Readers;

public sealed class PlainTextReaderTests : IDisposable
{
    private readonly TempDirectory _dir = new();

    static PlainTextReaderTests() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    public void Dispose() => _dir.Dispose();

    public static TheoryData<string> Encodings => ["utf-8-bom", "utf-16le", "utf-16be", "gb18030"];

    [Theory]
    [MemberData(nameof(Encodings))]
    public void Seed_reads_the_same_in_every_encoding(string encoding)
    {
        var expected = DocumentReader.Read(Fixture.Seed001).Lines;
        var text = File.ReadAllText(Fixture.Seed001, Encoding.UTF8);
        var bytes = encoding switch
        {
            "utf-8-bom" => [.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(text)],
            "utf-16le" => [.. Encoding.Unicode.GetPreamble(), .. Encoding.Unicode.GetBytes(text)],
            "utf-16be" => [.. Encoding.BigEndianUnicode.GetPreamble(), .. Encoding.BigEndianUnicode.GetBytes(text)],
            _ => Encoding.GetEncoding(encoding).GetBytes(text),
        };
        var path = _dir.File($"seed-001.{encoding}.txt", bytes);

        var lines = DocumentReader.Read(path).Lines;

        lines.Select(l => (l.Number, l.Text)).ShouldBe(expected.Select(l => (l.Number, l.Text)));
        expected.ShouldContain(l => l.Text.Contains("广州市荔湾区机关事务管理局"));
    }

    [Fact]
    public void Gbk_report_reads_with_its_Chinese_intact()
    {
        var document = DocumentReader.Read(Fixture.D06Gbk);

        document.Format.ShouldBe(SourceFormat.Text);
        document.Lines.ShouldContain(l => l.Text.Contains("广州市从化区司法局"));
        document.Lines.ShouldNotContain(l => l.Text.Contains('\uFFFD'));
    }

    [Fact]
    public void Lines_split_on_every_line_ending_and_keep_file_line_numbers()
    {
        var path = _dir.File("endings.txt", Encoding.UTF8.GetBytes("一\r\n二\n\n四\r五\n"));

        var lines = DocumentReader.Read(path).Lines;

        lines.Select(l => (l.Number, l.Text)).ShouldBe([(1, "一"), (2, "二"), (3, ""), (4, "四"), (5, "五")]);
    }

    [Fact]
    public void Tabbed_seed_row_becomes_a_table_row_at_its_file_line()
    {
        var line = DocumentReader.Read(Fixture.Seed001).Lines[10];

        line.Number.ShouldBe(11);
        line.IsTableRow.ShouldBeTrue();
        line.Cells.ShouldBe(["部门资金 情况", "合计", "6211. 89", "327. 17", "5840. 18", "89. 31%", "", "5. 27%", "", ""]);
    }

    [Fact]
    public void Empty_lines_inside_a_table_do_not_restart_its_row_count()
    {
        var lines = PlainTextReader.ReadLines("标题\n项目\t金额\n\n基本支出\t1962.31\n说明\n项目\t金额");

        lines.Select(l => l.TableRow).ShouldBe([null, 1, null, 2, null, 1]);
    }

    [Fact]
    public void Pipe_rows_drop_the_outer_empty_cells_and_the_rule_line_is_not_a_row()
    {
        var lines = PlainTextReader.ReadLines("| 项目 | 预算数 | 执行率 |\n|---|:---:|---:|\n| 基本支出 | 1962.31 | 100% |");

        lines[0].Cells.ShouldBe(["项目", "预算数", "执行率"]);
        lines[1].IsTableRow.ShouldBeFalse();
        lines[2].Cells.ShouldBe(["基本支出", "1962.31", "100%"]);
        lines[2].TableRow.ShouldBe(2);
        lines[2].Text.ShouldBe("基本支出\t1962.31\t100%");
    }

    [Fact]
    public void Indented_paragraph_is_text_not_a_row()
    {
        var lines = PlainTextReader.ReadLines("\t一、部门基本情况\t");

        lines.Single().IsTableRow.ShouldBeFalse();
    }
}
