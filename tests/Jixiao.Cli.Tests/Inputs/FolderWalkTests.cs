using System.Diagnostics;
using System.Text.Json;

namespace Jixiao.Cli.Tests.Inputs;

/// <summary>
/// Folders are walked safely: an unreadable subfolder is reported and skipped, a named pipe is never opened, a
/// symbolic-link loop is not followed (issue 11, points 6, 8 and 9).
/// </summary>
public sealed class FolderWalkTests : IDisposable
{
    private readonly TempFolder _folder = new();

    public FolderWalkTests()
    {
        _folder.Copy(DevCorpus.File("d01.txt"), "docs/d01.txt");
        _folder.Copy(DevCorpus.File("d06.txt"), "docs/sub/d06.txt");
    }

    private string Documents => _folder.File("docs");

    public void Dispose() => _folder.Dispose();

    private string LockedSubfolder()
    {
        _folder.Copy(DevCorpus.File("003_05b5c00abd3b0c5c.txt"), "docs/locked/003.txt");
        _folder.SetMode("docs/locked", UnixFileMode.None);
        return _folder.File("docs/locked");
    }

    [Fact]
    public void Import_of_a_folder_with_an_unreadable_subfolder_imports_the_rest_and_names_the_subfolder()
    {
        var user = CliRunner.UserBoundByPermissions(); // root reads every folder whatever its permissions
        var locked = LockedSubfolder();

        var (code, stdout, stderr) = CliRunner.RunWith(["import", "--json", Documents], asUser: user);

        code.ShouldBe(1);
        stderr.ShouldContain($"错误：无法读取文件夹“{locked}”：没有读取或写入该文件夹的权限。其中的文件已跳过");
        stderr.ShouldNotContain("   at ");
        var lines = stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => JsonDocument.Parse(l).RootElement).ToList();
        lines.Select(l => l.GetProperty("file").GetString()).ShouldBe([_folder.File("docs/d01.txt"), locked, _folder.File("docs/sub/d06.txt")]);
        lines[1].GetProperty("error").GetString()!.ShouldContain("无法读取文件夹");
        lines[2].GetProperty("department").GetString().ShouldBe("广州市从化区司法局");
    }

    [Fact]
    public void Audit_of_a_folder_with_an_unreadable_subfolder_audits_the_rest_and_lists_the_subfolder()
    {
        var user = CliRunner.UserBoundByPermissions();
        var locked = LockedSubfolder();

        var (code, stdout, _) = CliRunner.RunWith(["audit", Documents], asUser: user);

        code.ShouldBe(1);
        stdout.ShouldContain("成功读取 2 份，无法读取 1 份");
        stdout.ShouldContain("无法读取文件夹"); // in the table of unreadable files, its long path wrapped
        Path.GetFileName(locked).ShouldBe("locked");
        stdout.ShouldContain("locked");
    }

    [Fact]
    public void Import_of_a_folder_skips_a_named_pipe_instead_of_waiting_for_it()
    {
        using (var mkfifo = Process.Start("mkfifo", [_folder.File("docs/pipe.txt")]))
            mkfifo.WaitForExit();

        var (code, stdout, _) = CliRunner.RunWith(["import", "--json", Documents], timeout: TimeSpan.FromSeconds(30));

        code.ShouldBe(0);
        stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries).Length.ShouldBe(2);
        stdout.ShouldNotContain("pipe.txt");
    }

    [Fact]
    public void Audit_does_not_follow_a_symbolic_link_loop_and_counts_each_document_once()
    {
        Directory.CreateSymbolicLink(_folder.File("docs/sub/up"), "..");
        Directory.CreateSymbolicLink(_folder.File("docs/again"), _folder.File("docs/sub"));

        var (code, stdout, _) = CliRunner.Run("audit", Documents);

        code.ShouldBe(0);
        stdout.ShouldContain("文档 2 份：成功读取 2 份，无法读取 0 份");
    }

    [Fact]
    public void A_file_named_twice_or_reached_through_a_link_is_imported_once()
    {
        File.CreateSymbolicLink(_folder.File("docs/link.txt"), _folder.File("docs/d01.txt"));

        var (_, stdout, _) = CliRunner.Run("import", "--json", _folder.File("docs/d01.txt"), Documents, _folder.File("docs/d01.txt"));

        stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries).Length.ShouldBe(2);
    }

    [Fact]
    public void A_dangling_link_in_a_folder_is_named_as_such()
    {
        File.CreateSymbolicLink(_folder.File("docs/moved.txt"), "/no/such/moved.txt");

        var (code, _, stderr) = CliRunner.Run("import", Documents);

        code.ShouldBe(1);
        stderr.ShouldContain("无法导入文件“moved.txt”：这是一个符号链接（快捷方式），它指向的“/no/such/moved.txt”不存在");
    }
}
