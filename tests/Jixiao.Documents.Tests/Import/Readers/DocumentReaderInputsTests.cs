using System.Diagnostics;
using System.Text;
using Jixiao.Documents.Import;
using Jixiao.Documents.Import.Readers;

namespace Jixiao.Documents.Tests.Import.Readers;

/// <summary>
/// Inputs other than a plain file, and the causes the reader names (issue 11, points 7, 13 and 14): pipes are
/// read whole, UTF-16 without a BOM is text, a dangling link and an oversized PDF are called what they are.
/// </summary>
public sealed class DocumentReaderInputsTests : IDisposable
{
    private readonly TempDirectory _dir = new();

    public void Dispose() => _dir.Dispose();

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void Utf16_without_a_bom_reads_like_utf8(bool bigEndian)
    {
        var expected = DocumentReader.Read(Fixture.Seed001).Lines;
        var text = File.ReadAllText(Fixture.Seed001, Encoding.UTF8);
        var encoding = new UnicodeEncoding(bigEndian, byteOrderMark: false);
        var path = _dir.File("seed-001.utf16-no-bom.txt", encoding.GetBytes(text));

        var document = DocumentReader.Read(path);

        document.Format.ShouldBe(SourceFormat.Text);
        document.Lines.Select(l => l.Text).ShouldBe(expected.Select(l => l.Text));
    }

    [Fact]
    public void A_named_pipe_named_explicitly_is_read_whole_not_refused_as_unseekable()
    {
        if (OperatingSystem.IsWindows())
            Assert.Skip("named pipes in the file system are a Unix feature");
        var fifo = _dir.Combine("管道.txt");
        MakeFifo(fifo);
        var content = File.ReadAllBytes(Fixture.Seed001);
        var writer = Writer(fifo, content);

        var document = DocumentReader.Read(fifo);

        writer.Join(TimeSpan.FromSeconds(10)).ShouldBeTrue();
        document.File.ShouldBe(fifo);
        document.Lines.Select(l => l.Text).ShouldBe(DocumentReader.Read(Fixture.Seed001).Lines.Select(l => l.Text));
    }

    [Fact]
    public void A_broken_pdf_through_a_pipe_is_refused_by_the_pipes_name()
    {
        if (OperatingSystem.IsWindows())
            Assert.Skip("named pipes in the file system are a Unix feature");
        var fifo = _dir.Combine("报告.pdf");
        MakeFifo(fifo);
        var writer = Writer(fifo, "%PDF-1.7\nnot really"u8.ToArray());

        var error = Should.Throw<ImportException>(() => DocumentReader.Read(fifo));

        writer.Join(TimeSpan.FromSeconds(10)).ShouldBeTrue();
        error.File.ShouldBe(fifo);
        error.Message.ShouldStartWith("无法导入文件“报告.pdf”：PDF");
    }

    private static void MakeFifo(string path)
    {
        using var mkfifo = Process.Start("mkfifo", [path]);
        mkfifo.WaitForExit();
    }

    /// <summary>Writes into the pipe from another thread: opening it blocks until the reader opens it too.</summary>
    private static Thread Writer(string fifo, byte[] content)
    {
        var thread = new Thread(() => File.WriteAllBytes(fifo, content)) { IsBackground = true };
        thread.Start();
        return thread;
    }

    [Fact]
    public void A_dangling_symbolic_link_is_called_a_link_to_nothing_not_a_permission_problem()
    {
        var link = _dir.Combine("报告.txt");
        File.CreateSymbolicLink(link, "/no/such/报告.txt");

        var error = Should.Throw<ImportException>(() => DocumentReader.Read(link));

        error.Message.ShouldBe("无法导入文件“报告.txt”：这是一个符号链接（快捷方式），它指向的“/no/such/报告.txt”不存在。请选择链接原本指向的文件，或重新创建链接。");
    }

    [Fact]
    public void An_oversized_pdf_never_reads_as_equal_to_the_limit()
    {
        var path = _dir.Combine("超大.pdf");
        using (var file = File.Create(path))
        {
            file.Write("%PDF-1.7\n"u8);
            file.SetLength(ImportErrors.MaxPdfBytes + 1);
        }

        var error = Should.Throw<ImportException>(() => DocumentReader.Read(path));

        error.Message.ShouldContain("PDF 文件太大（200.1 MB，上限 200 MB）");
    }

    [Fact]
    public void A_95_MB_text_is_refused_before_it_is_read()
    {
        // The text that took 1.8 GB to import: now over the 20 MB text limit, refused from its length.
        var path = _dir.Combine("超大.txt");
        using (var file = File.Create(path))
        {
            file.Write("部门整体支出绩效自评报告\n"u8);
            file.SetLength(95L << 20);
        }

        var before = GC.GetAllocatedBytesForCurrentThread();

        var error = Should.Throw<ImportException>(() => DocumentReader.Read(path));

        error.Message.ShouldContain("文本文件太大（95.0 MB，上限 20 MB）");
        (GC.GetAllocatedBytesForCurrentThread() - before).ShouldBeLessThan(2L << 20);
    }
}
