using System.IO.Compression;
using System.Text;

namespace Jixiao.Cli.Tests.Commands;

/// <summary>
/// Output files are whole or absent, and a failure to write one is called by its cause (issue 11, points 2, 12
/// and 13). Interrupted runs are in <see cref="InterruptionTests"/>.
/// </summary>
public sealed class OutputFilesTests : IDisposable
{
    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Theory]
    [InlineData("\\v")]
    [InlineData("\\a")]
    public void Report_with_a_control_character_in_the_department_leaves_no_empty_file_and_names_the_line(string escape)
    {
        var file = _folder.Write("ctl.yaml", Evaluations.Changed("department: 广州市花都区机关事务管理局", $"department: \"广州市花都区{escape}机关事务管理局\""));
        var outDir = _folder.File("out");

        var (code, _, stderr) = CliRunner.Run("report", "--format", "docx,xlsx", "--out", outDir, file, CliRunner.Sample("002"));

        code.ShouldBe(1);
        stderr.ShouldContain($"{file} 第 1 行：文字中含有不可见的控制字符");
        _folder.Entries("out").ShouldBe(["广州市花都区人民政府办公室-2023-自评报告.docx", "广州市花都区人民政府办公室-2023-自评表.xlsx"], ignoreOrder: true);
        foreach (var written in Directory.GetFiles(outDir))
            new FileInfo(written).Length.ShouldBeGreaterThan(1000);
    }

    [Fact]
    public void Report_keeps_the_previous_files_when_a_rerun_cannot_write_them()
    {
        var user = CliRunner.UserBoundByPermissions();
        var outDir = _folder.File("out");
        CliRunner.Run("report", "--format", "xlsx", "--out", outDir, CliRunner.Sample("002")).ExitCode.ShouldBe(0);
        var table = Path.Combine(outDir, "广州市花都区人民政府办公室-2023-自评表.xlsx");
        var before = File.ReadAllBytes(table);
        // A folder where the temporary file would go cannot be written: the run fails for this file.
        _folder.SetMode("out", UnixFileMode.UserRead | UnixFileMode.UserExecute | UnixFileMode.GroupRead | UnixFileMode.GroupExecute | UnixFileMode.OtherRead | UnixFileMode.OtherExecute);

        var (code, _, stderr) = CliRunner.RunWith(["report", "--format", "xlsx", "--out", outDir, CliRunner.Sample("002")], asUser: user);

        code.ShouldBe(1);
        stderr.ShouldContain("无法写入");
        stderr.ShouldContain("原有文件未改动");
        File.ReadAllBytes(table).ShouldBe(before);
        _folder.Entries("out").ShouldBe(["广州市花都区人民政府办公室-2023-自评表.xlsx"]);
    }

    [Fact]
    public void A_folder_given_as_the_summary_file_is_called_a_folder_not_a_permission_problem()
    {
        Directory.CreateDirectory(_folder.File("dir.csv"));

        var (code, _, stderr) = CliRunner.Run("audit", DevCorpus.File("d01.txt"), "--out", _folder.File("dir.csv"));

        code.ShouldBe(1);
        stderr.ShouldContain("这是一个文件夹，不是文件");
        stderr.ShouldNotContain("权限");
    }

    [Fact]
    public void A_900_byte_summary_name_is_called_too_long_before_any_work()
    {
        var path = _folder.File(new string('a', 896) + ".csv");

        var (code, stdout, stderr) = CliRunner.Run("audit", DevCorpus.File("d01.txt"), "--out", path);

        code.ShouldBe(1);
        stderr.ShouldContain("文件名或路径太长");
        stderr.ShouldNotContain("目录");
        stdout.ShouldNotContain("批量审核汇总");
    }

    [Fact]
    public void Audit_out_replaces_the_previous_summary_only_with_a_whole_one()
    {
        var csv = _folder.Write("summary.csv", "previous");
        var xlsx = _folder.Write("summary.xlsx", "previous");

        CliRunner.Run("audit", DevCorpus.File("003_05b5c00abd3b0c5c.txt"), "--out", csv).ExitCode.ShouldBe(0);
        CliRunner.Run("audit", DevCorpus.File("003_05b5c00abd3b0c5c.txt"), "--out", xlsx).ExitCode.ShouldBe(0);

        Encoding.UTF8.GetString(File.ReadAllBytes(csv)).ShouldStartWith("\uFEFF文件,部门");
        using (var zip = ZipFile.OpenRead(xlsx))
            zip.GetEntry("xl/worksheets/sheet2.xml").ShouldNotBeNull();
        _folder.Entries().ShouldBe(["summary.csv", "summary.xlsx"]);
    }
}
