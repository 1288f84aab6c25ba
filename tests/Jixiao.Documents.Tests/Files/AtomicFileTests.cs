using Jixiao.Documents.Files;
using Jixiao.Documents.Tests.Import.Readers;

namespace Jixiao.Documents.Tests.Files;

public sealed class AtomicFileTests : IDisposable
{
    private readonly TempDirectory _folder = new();

    [Fact]
    public void Commit_replaces_the_previous_file_with_the_whole_new_content_and_leaves_no_temporary_file()
    {
        var path = _folder.Combine("summary.csv");
        File.WriteAllText(path, "old");

        AtomicFile.Write(path, s => s.Write("new content"u8));

        File.ReadAllText(path).ShouldBe("new content");
        Names().ShouldBe(["summary.csv"]);
    }

    [Fact]
    public void Nothing_is_visible_at_the_target_before_commit()
    {
        var path = _folder.Combine("report.docx");
        File.WriteAllText(path, "old");

        using (var file = AtomicFile.Create(path))
        {
            file.Stream.Write(new byte[100_000]);
            file.Stream.Flush();
            File.ReadAllText(path).ShouldBe("old");
            file.Commit();
        }

        new FileInfo(path).Length.ShouldBe(100_000);
    }

    [Fact]
    public void A_writer_that_fails_half_way_leaves_the_previous_file_intact_and_no_temporary_file()
    {
        var path = _folder.Combine("summary.xlsx");
        File.WriteAllText(path, "previous summary");

        Should.Throw<InvalidOperationException>(() => AtomicFile.Write(path, s =>
        {
            s.Write(new byte[50_000]);
            throw new InvalidOperationException("writer bug");
        }));

        File.ReadAllText(path).ShouldBe("previous summary");
        Names().ShouldBe(["summary.xlsx"]);
    }

    [Fact]
    public void A_writer_that_fails_leaves_no_file_at_all_where_there_was_none()
    {
        var path = _folder.Combine("部门-2023-自评报告.pdf");

        Should.Throw<InvalidOperationException>(() => AtomicFile.Write(path, _ => throw new InvalidOperationException("font missing")));

        Names().ShouldBeEmpty();
    }

    [Fact]
    public void A_writer_may_dispose_the_stream_it_was_given_and_the_file_is_still_committed()
    {
        var path = _folder.Combine("out.csv");

        AtomicFile.Write(path, s =>
        {
            using var writer = new StreamWriter(s);
            writer.Write("a,b");
        });

        File.ReadAllText(path).ShouldBe("a,b");
    }

    [Fact]
    public void The_temporary_name_does_not_grow_with_the_target_so_a_255_byte_name_can_be_written()
    {
        // 79 × 3 + 18 = 255 bytes: the longest name allowed, which a temporary name made by adding to it would exceed.
        var path = _folder.Combine(new string('财', 79) + "-自评报告.docx");

        AtomicFile.Write(path, s => s.Write("x"u8));

        File.Exists(path).ShouldBeTrue();
    }

    [Fact]
    public void A_folder_as_the_target_fails_before_anything_is_written_and_is_described_as_a_folder()
    {
        var path = _folder.Combine("dir.csv");
        Directory.CreateDirectory(path);

        var error = Should.Throw<IOException>(() => AtomicFile.Create(path));

        FileErrors.Describe(error, path).ShouldBe("这是一个文件夹，不是文件");
        Names().ShouldBe(["dir.csv"]);
    }

    [Fact]
    public void Temporary_files_are_hidden_and_recognisable()
    {
        var path = _folder.Combine("a.csv");
        using var file = AtomicFile.Create(path);

        var temp = Names().Single();

        temp.ShouldStartWith(".");
        AtomicFile.IsTemporary(temp).ShouldBeTrue();
        AtomicFile.IsTemporary("a.csv").ShouldBeFalse();
    }

    /// <summary>Every name in the folder, hidden temporary files included.</summary>
    private List<string> Names() => Directory.GetFileSystemEntries(_folder.Path).Select(n => Path.GetFileName(n)).Order(StringComparer.Ordinal).ToList();

    public void Dispose() => _folder.Dispose();
}
