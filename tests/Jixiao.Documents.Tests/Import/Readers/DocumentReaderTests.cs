using System.IO.Compression;
using System.Text;
using Jixiao.Documents.Import;
using Jixiao.Documents.Import.Readers;

namespace Jixiao.Documents.Tests.Import.Readers;

/// <summary>Every bad input ends in an ImportException whose Chinese message names the file and says what to do.</summary>
public sealed class DocumentReaderTests : IDisposable
{
    private readonly TempDirectory _dir = new();

    public void Dispose() => _dir.Dispose();

    [Fact]
    public void Missing_file_is_refused_by_name()
    {
        var path = _dir.Combine("不存在的报告.docx");

        var error = Refused(path);

        error.Message.ShouldContain("文件不存在");
    }

    [Fact]
    public void Folder_is_refused_by_name()
    {
        var path = _dir.Combine("报告文件夹");
        Directory.CreateDirectory(path);

        Refused(path).Message.ShouldContain("文件夹");
    }

    [Fact]
    public void File_held_open_by_another_program_is_refused()
    {
        var path = _dir.File("被占用.txt", Encoding.UTF8.GetBytes("部门整体支出绩效自评报告"));
        using var holder = new FileStream(path, FileMode.Open, FileAccess.ReadWrite, FileShare.None);

        Refused(path).Message.ShouldContain("无法读取");
    }

    [Fact]
    public void File_without_read_permission_is_refused()
    {
        if (OperatingSystem.IsWindows() || Environment.UserName == "root")
        {
            Assert.Skip("root reads files whatever their permissions (and Windows has no mode bits); the locked-file test covers the same path.");
        }

        var path = _dir.File("无权限.txt", Encoding.UTF8.GetBytes("部门整体支出绩效自评报告"));
        if (!OperatingSystem.IsWindows())
        {
            File.SetUnixFileMode(path, UnixFileMode.None);
        }

        Refused(path).Message.ShouldContain("无法读取");
    }

    [Fact]
    public void Empty_file_is_refused()
    {
        var path = _dir.File("空文件.txt", []);

        Refused(path).Message.ShouldContain("空的");
    }

    [Fact]
    public void Binary_junk_is_refused()
    {
        var junk = new byte[4096];
        new Random(42).NextBytes(junk);
        var path = _dir.File("乱码.txt", junk);

        Refused(path).Message.ShouldContain("既不是文本");
    }

    [Fact]
    public void High_bytes_that_are_neither_UTF8_nor_GB18030_are_refused()
    {
        // Lead bytes followed by bytes no GB18030 or UTF-8 sequence allows.
        var junk = Enumerable.Repeat(new byte[] { 0x81, 0x7F, 0xFF, 0x80 }, 256).SelectMany(b => b).ToArray();
        var path = _dir.File("编码错误.txt", junk);

        Refused(path).Message.ShouldContain("编码无法识别");
    }

    [Fact]
    public void Text_file_over_the_20_MB_limit_is_refused_before_reading_it()
    {
        var path = _dir.Combine("超大.txt");
        using (var file = File.Create(path))
        {
            file.SetLength(ImportErrors.MaxTextBytes + 1);
        }

        Refused(path).Message.ShouldContain("太大");
    }

    [Fact]
    public void Truncated_docx_is_refused()
    {
        var whole = File.ReadAllBytes(TestDocx.Write(_dir.Combine("whole.docx"), TestDocx.Paragraph("部门整体支出绩效自评报告")));
        var path = _dir.File("截断.docx", whole[..(whole.Length / 2)]);

        Refused(path).Message.ShouldContain("损坏");
    }

    [Fact]
    public void Docx_with_broken_document_xml_is_refused()
    {
        var path = Zip("坏正文.docx", ("[Content_Types].xml", "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\"/>"), ("word/document.xml", "<w:document><w:body><w:p>"));

        Refused(path).Message.ShouldContain("损坏");
    }

    [Fact]
    public void Xlsx_with_broken_sheet_is_refused()
    {
        var path = Zip(
            "坏表格.xlsx",
            ("[Content_Types].xml", "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\"/>"),
            ("xl/workbook.xml", "<workbook><sheets><sheet"));

        Refused(path).Message.ShouldContain("Excel 工作簿已损坏");
    }

    [Fact]
    public void Zip_bomb_disguised_as_docx_is_refused()
    {
        var path = _dir.Combine("炸弹.docx");
        using (var zip = ZipFile.Open(path, ZipArchiveMode.Create))
        {
            using var stream = zip.CreateEntry("word/document.xml", CompressionLevel.SmallestSize).Open();
            var zeros = new byte[1024 * 1024];
            for (var i = 0; i < 24; i++)
            {
                stream.Write(zeros);
            }
        }

        Refused(path).Message.ShouldContain("解压后的内容异常巨大");
    }

    [Fact]
    public void Zip_that_is_neither_docx_nor_xlsx_is_refused()
    {
        var path = Zip("附件.zip", ("报告.txt", "部门整体支出绩效自评报告"));

        Refused(path).Message.ShouldContain("既不是 Word");
    }

    [Fact]
    public void Truncated_pdf_is_refused()
    {
        var whole = MinimalPdf.Create();
        var path = _dir.File("截断.pdf", whole[..(whole.Length * 2 / 3)]);

        Refused(path).Message.ShouldContain("损坏或不完整");
    }

    [Fact]
    public void Pdf_with_garbage_body_is_refused()
    {
        var bytes = Encoding.ASCII.GetBytes("%PDF-1.7\n" + new string('x', 2000) + "\n%%EOF\n");
        var path = _dir.File("坏.pdf", bytes);

        Refused(path).Message.ShouldContain("PDF");
    }

    [Fact]
    public void Pdf_without_text_is_refused_as_a_scan()
    {
        var path = _dir.File("扫描件.pdf", MinimalPdf.Create(text: ""));

        Refused(path).Message.ShouldContain("没有可提取的文字");
    }

    [Fact]
    public void Encrypted_pdf_is_refused()
    {
        var path = _dir.File("加密.pdf", MinimalPdf.Create(encrypted: true));

        Refused(path).Message.ShouldContain("已加密");
    }

    [Fact]
    public void Legacy_doc_is_refused_with_save_as_advice()
    {
        byte[] ole = [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1, .. new byte[504]];
        var path = _dir.File("旧版.doc", ole);

        Refused(path).Message.ShouldContain("另存为");
    }

    [Fact]
    public void Format_comes_from_content_not_extension()
    {
        var docx = TestDocx.Write(_dir.Combine("其实是Word.txt"), TestDocx.Paragraph("部门整体支出绩效自评报告"));
        var text = _dir.File("其实是文本.pdf", Encoding.UTF8.GetBytes("部门整体支出绩效自评报告"));
        var pdf = _dir.File("其实是PDF.docx", MinimalPdf.Create());

        DocumentReader.Read(docx).Format.ShouldBe(SourceFormat.Docx);
        DocumentReader.Read(text).Format.ShouldBe(SourceFormat.Text);
        var read = DocumentReader.Read(pdf);
        read.Format.ShouldBe(SourceFormat.Pdf);
        read.Lines.Single().Text.ShouldBe("Budget 6211.89");
    }

    private static ImportException Refused(string path)
    {
        var error = Should.Throw<ImportException>(() => DocumentReader.Read(path));
        error.File.ShouldBe(path);
        error.Message.ShouldContain($"“{Path.GetFileName(path)}”");
        return error;
    }

    private string Zip(string name, params (string Name, string Content)[] entries)
    {
        var path = _dir.Combine(name);
        using var zip = ZipFile.Open(path, ZipArchiveMode.Create);
        foreach (var (entryName, content) in entries)
        {
            using var writer = new StreamWriter(zip.CreateEntry(entryName).Open());
            writer.Write(content);
        }

        return path;
    }
}
