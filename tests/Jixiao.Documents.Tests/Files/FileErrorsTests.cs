using Jixiao.Documents.Files;
using Jixiao.Documents.Tests.Import.Readers;

namespace Jixiao.Documents.Tests.Files;

/// <summary>Real failures of the file system, each described in Chinese by its cause (issue 11, points 12 and 13).</summary>
public sealed class FileErrorsTests : IDisposable
{
    private readonly TempDirectory _folder = new();

    [Fact]
    public void An_existing_file_is_called_existing()
    {
        var path = _folder.Combine("a.csv");
        File.WriteAllText(path, "x");

        var error = Should.Throw<IOException>(() => new FileStream(path, FileMode.CreateNew).Dispose());

        FileErrors.Describe(error, path).ShouldBe("文件已存在");
    }

    [Fact]
    public void A_locked_file_is_called_in_use_by_another_program()
    {
        var path = _folder.Combine("a.xlsx");
        File.WriteAllText(path, "x");
        using var holder = new FileStream(path, FileMode.Open, FileAccess.ReadWrite, FileShare.None);

        var error = Should.Throw<IOException>(() => new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read).Dispose());

        FileErrors.Describe(error, path).ShouldBe("文件正被其他程序占用");
    }

    [Fact]
    public void A_full_disk_is_called_no_space()
    {
        if (!File.Exists("/dev/full"))
            Assert.Skip("/dev/full exists on Linux only");

        var error = Should.Throw<IOException>(() =>
        {
            using var full = new FileStream("/dev/full", FileMode.Open, FileAccess.Write);
            full.Write(new byte[100_000]);
            full.Flush();
        });

        FileErrors.Describe(error, "/dev/full").ShouldBe("磁盘空间不足");
    }

    [Fact]
    public void A_900_byte_file_name_is_called_too_long_not_an_unwritable_folder()
    {
        var path = _folder.Combine(new string('a', 900) + ".csv");

        var error = Should.Throw<IOException>(() => File.WriteAllText(path, "x"));

        FileErrors.Describe(error, path).ShouldStartWith("文件名或路径太长");
    }

    [Fact]
    public void A_folder_opened_as_a_file_is_called_a_folder_not_a_permission_problem()
    {
        var path = _folder.Combine("out.csv");
        Directory.CreateDirectory(path);

        var error = Should.Throw<UnauthorizedAccessException>(() => new FileStream(path, FileMode.Create).Dispose());

        FileErrors.Describe(error, path).ShouldBe("这是一个文件夹，不是文件");
    }

    [Fact]
    public void A_dangling_symbolic_link_is_called_a_link_to_nothing_and_names_its_target()
    {
        var path = _folder.Combine("report.txt");
        File.CreateSymbolicLink(path, "/no/such/report.txt");

        var error = Should.Throw<FileNotFoundException>(() => File.ReadAllBytes(path));

        FileErrors.Describe(error, path).ShouldBe("这是一个符号链接（快捷方式），它指向的“/no/such/report.txt”不存在");
    }

    [Fact]
    public void A_missing_folder_is_called_missing()
    {
        var path = _folder.Combine("no/such/out.csv");

        var error = Should.Throw<DirectoryNotFoundException>(() => File.WriteAllText(path, "x"));

        FileErrors.Describe(error, path).ShouldBe("所在文件夹不存在");
    }

    [Fact]
    public void No_description_carries_the_systems_english_message()
    {
        var error = new IOException("Something English happened", 9999);

        FileErrors.Describe(error, _folder.Combine("x")).ShouldBe("系统错误（代码 9999）");
    }

    public void Dispose() => _folder.Dispose();
}
