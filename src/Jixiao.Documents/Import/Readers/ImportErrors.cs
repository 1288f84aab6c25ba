using System.Globalization;
using Jixiao.Documents.Files;

namespace Jixiao.Documents.Import.Readers;

/// <summary>
/// Every import error message in one place, so they read alike: "无法导入文件“X”：what is wrong。what to do。"
/// The file is named by its file name (what the user recognises), the full path stays in ImportException.File.
/// </summary>
internal static class ImportErrors
{
    /// <summary>A report is under 1 MB of text; 20 MB bounds the memory an import takes (about 20 times the text).</summary>
    public const long MaxTextBytes = 20L * 1024 * 1024;
    public const long MaxPdfBytes = 200L * 1024 * 1024;

    public static ImportException Create(string path, string problem, string remedy, Exception? inner = null) =>
        new(path, $"无法导入文件“{Path.GetFileName(path)}”：{problem}。{remedy}。", inner);

    public static ImportException NotFound(string path) =>
        Create(path, "文件不存在", "请检查路径和文件名是否正确");

    public static ImportException IsDirectory(string path) =>
        Create(path, "这是一个文件夹，不是文件", "请选择文件夹中的自评报告文件");

    public static ImportException Unreadable(string path, Exception inner) =>
        Create(path, $"文件无法读取（{FileErrors.Describe(inner, path)}）", "请确认文件存在、有读取权限且没有被其他程序（如 Word、WPS）锁定后重试", inner);

    public static ImportException DanglingLink(string path, string target) =>
        Create(path, $"这是一个符号链接（快捷方式），它指向的“{target}”不存在", "请选择链接原本指向的文件，或重新创建链接");

    public static ImportException NotAFile(string path) =>
        Create(path, "这不是普通文件（是套接字或其他特殊文件）", "请选择自评报告文件本身");

    public static ImportException InputTooLarge(string path) =>
        Create(path, $"输入超过 {MaxPdfBytes / (1024 * 1024)} MB", "请确认输入的是自评报告，或把它保存为文件后再导入");

    public static ImportException Empty(string path) =>
        Create(path, "文件是空的（0 字节）", "请确认导出或复制文件时没有出错，再重新选择文件");

    public static ImportException Binary(string path) =>
        Create(path, "文件既不是文本，也不是可识别的 Word（.docx）、Excel（.xlsx）或 PDF 文档", "请另存为 .docx、.xlsx、PDF 或 UTF-8 文本后重试");

    public static ImportException LegacyOffice(string path) =>
        Create(path, "这是旧版 Word/Excel（.doc/.xls/.wps）文件或加密的 Office 文档，无法直接读取", "请在 Word、Excel 或 WPS 中“另存为”不加密的 .docx 或 .xlsx 后重试");

    public static ImportException Rtf(string path) =>
        Create(path, "这是 RTF 格式的文档，无法直接读取", "请在 Word 或 WPS 中“另存为” .docx 后重试");

    public static ImportException TextTooLarge(string path, long bytes) =>
        Create(path, $"文本文件太大（{Megabytes(bytes)} MB，上限 {MaxTextBytes / (1024 * 1024)} MB）", "自评报告通常不足 1 MB，请确认选对了文件，或把文件拆分后分别导入");

    public static ImportException PdfTooLarge(string path, long bytes) =>
        Create(path, $"PDF 文件太大（{Megabytes(bytes)} MB，上限 {MaxPdfBytes / (1024 * 1024)} MB）", "请确认选对了文件，或压缩、拆分 PDF 后分别导入");

    public static ImportException Undecodable(string path) =>
        Create(path, "文本编码无法识别（既不是 UTF-8/UTF-16，也不是 GBK/GB18030）", "请用记事本或 WPS 打开后另存为 UTF-8 编码的文本");

    public static ImportException ZipCorrupt(string path, Exception? inner = null) =>
        Create(path, "文件已损坏或不完整（压缩包结构无法读取）", "请重新从原处下载或导出该文件", inner);

    public static ImportException ZipBomb(string path) =>
        Create(path, "文件解压后的内容异常巨大（可能是损坏或恶意构造的压缩包）", "请在 Word 或 Excel 中打开后重新另存，再导入");

    public static ImportException ZipUnknown(string path) =>
        Create(path, "这是一个 ZIP 压缩包，但既不是 Word（.docx）也不是 Excel（.xlsx）文档", "请解压后选择其中的自评报告，或另存为 .docx/.xlsx 后重试");

    public static ImportException DocxCorrupt(string path, Exception? inner = null) =>
        Create(path, "Word 文档已损坏或不完整，无法读取正文", "请在 Word 或 WPS 中打开并重新另存为 .docx 后重试", inner);

    public static ImportException XlsxCorrupt(string path, Exception? inner = null) =>
        Create(path, "Excel 工作簿已损坏或不完整，无法读取表格", "请在 Excel 或 WPS 中打开并重新另存为 .xlsx 后重试", inner);

    public static ImportException PdfEncrypted(string path, Exception? inner = null) =>
        Create(path, "PDF 已加密（设置了打开密码），无法读取文字", "请取消 PDF 的密码保护，或向报送单位索取未加密的版本", inner);

    public static ImportException PdfCorrupt(string path, Exception? inner = null) =>
        Create(path, "PDF 文件已损坏或不完整，无法读取", "请重新从原处下载或导出该 PDF", inner);

    public static ImportException PdfNoText(string path) =>
        Create(path, "PDF 中没有可提取的文字（可能是扫描件或图片）", "请使用带文字层的 PDF，或先做文字识别（OCR）后再导入");

    /// <summary>Rounded up to a tenth, so a file just over a limit never reads as equal to it ("200.1 MB，上限 200 MB").</summary>
    private static string Megabytes(long bytes) =>
        (Math.Ceiling(bytes * 10m / (1024 * 1024)) / 10m).ToString("0.0", CultureInfo.InvariantCulture);
}
