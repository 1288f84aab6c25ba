using System.Diagnostics;
using System.Text;
using System.Text.Json;

namespace Jixiao.Cli.Tests.Inputs;

/// <summary>Inputs that are not files: "-", /dev/stdin, a pipe; and UTF-16 text without a BOM (issue 11, points 7 and 14).</summary>
public sealed class StandardInputTests : IDisposable
{
    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    private static byte[] Report => File.ReadAllBytes(DevCorpus.File("d01.txt"));

    [Theory]
    [InlineData("-")]
    [InlineData("/dev/stdin")]
    public void Import_reads_a_document_piped_to_standard_input(string name)
    {
        var (code, stdout, stderr) = CliRunner.RunWith(["import", "--json", name], stdin: Report);

        stderr.ShouldBeEmpty();
        code.ShouldBe(0);
        using var json = JsonDocument.Parse(stdout);
        json.RootElement.GetProperty("file").GetString().ShouldBe(name);
        json.RootElement.GetProperty("department").GetString().ShouldBe("洛阳市洛龙区审计局");
    }

    [Fact]
    public void Import_reads_a_named_pipe_given_on_the_command_line()
    {
        var fifo = _folder.File("report.txt");
        using (var mkfifo = Process.Start("mkfifo", [fifo]))
            mkfifo.WaitForExit();
        var writer = new Thread(() => File.WriteAllBytes(fifo, Report)) { IsBackground = true };
        writer.Start();

        var (code, stdout, _) = CliRunner.Run("import", "--json", fifo);

        code.ShouldBe(0);
        stdout.ShouldContain("洛阳市洛龙区审计局");
    }

    [Fact]
    public void Check_reads_an_evaluation_from_standard_input()
    {
        var (code, stdout, _) = CliRunner.RunWith(["check", "--json", "-"], stdin: File.ReadAllBytes(CliRunner.Sample("002")));

        code.ShouldBe(0);
        stdout.ShouldContain("广州市花都区人民政府办公室");
    }

    [Fact]
    public void Import_reads_utf16_text_without_a_bom()
    {
        var text = Encoding.UTF8.GetString(Report);
        var path = _folder.File("utf16.txt");
        File.WriteAllBytes(path, new UnicodeEncoding(bigEndian: false, byteOrderMark: false).GetBytes(text));

        var (code, stdout, stderr) = CliRunner.Run("import", "--json", path);

        stderr.ShouldBeEmpty();
        code.ShouldBe(0);
        stdout.ShouldContain("洛阳市洛龙区审计局");
    }
}
