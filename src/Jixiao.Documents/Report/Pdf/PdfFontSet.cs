using PdfSharp.Fonts;

namespace Jixiao.Documents.Report.Pdf;

/// <summary>
/// The TrueType fonts the PDF is drawn with, found once per process: a GB2312 Song face for the Chinese text
/// (AR PL SungtiL GB from Debian's fonts-arphic-gbsn00lp, or any .ttf named by JIXIAO_PDF_FONT) and, when present,
/// DejaVu Sans for the few symbols it lacks (², ①). PDFsharp embeds a subset of each with a ToUnicode map, so
/// copied text is the real characters. PDFsharp cannot read .ttc collections, hence no Noto CJK here.
/// </summary>
internal sealed class PdfFontSet : IFontResolver
{
    public const string MainFamily = "Jixiao Song";

    public const string FallbackFamily = "Jixiao Symbols";

    public const string MainFontName = "AR PL SungtiL GB";

    public const string MainPackage = "fonts-arphic-gbsn00lp";

    public const string EnvironmentVariable = "JIXIAO_PDF_FONT";

    public static readonly string[] MainCandidates =
    [
        "/usr/share/fonts/truetype/arphic-gbsn00lp/gbsn00lp.ttf",
        "/usr/share/fonts/truetype/arphic/gbsn00lp.ttf",
        "/usr/local/share/fonts/gbsn00lp.ttf",
    ];

    public static readonly string[] FallbackCandidates =
    [
        "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf",
        "/usr/share/fonts/truetype/liberation2/LiberationSans-Regular.ttf",
    ];

    private static readonly Lazy<PdfFontSet> SharedSet = new(Register, LazyThreadSafetyMode.ExecutionAndPublication);

    private readonly byte[] _main;
    private readonly byte[]? _fallback;

    private PdfFontSet(string mainPath, byte[] main, byte[]? fallback)
    {
        MainPath = mainPath;
        _main = main;
        _fallback = fallback;
        Main = TrueTypeMetrics.Read(main);
        Fallback = fallback is null ? null : TrueTypeMetrics.Read(fallback);
    }

    public string MainPath { get; }

    public TrueTypeMetrics Main { get; }

    public TrueTypeMetrics? Fallback { get; }

    /// <summary>The process-wide set, registered with PDFsharp on first use.</summary>
    /// <exception cref="ReportException">When no usable Chinese font is installed.</exception>
    public static PdfFontSet Shared => SharedSet.Value;

    /// <summary>Finds and reads the fonts; the first existing candidate wins.</summary>
    /// <exception cref="ReportException">A Chinese message naming the font and the Debian package that provides it.</exception>
    public static PdfFontSet Locate(IEnumerable<string> mainCandidates, IEnumerable<string> fallbackCandidates)
    {
        var configured = Environment.GetEnvironmentVariable(EnvironmentVariable);
        string? main;
        if (!string.IsNullOrWhiteSpace(configured))
        {
            main = File.Exists(configured) ? configured
                : throw new ReportException($"环境变量 {EnvironmentVariable} 指定的字体文件“{configured}”不存在。请改为一个 TrueType 中文字体文件（.ttf），或删去该变量以使用 {MainFontName}（Debian 软件包 {MainPackage}）");
        }
        else
        {
            main = mainCandidates.FirstOrDefault(File.Exists);
        }
        if (main is null)
        {
            throw new ReportException($"生成 PDF 需要中文字体“{MainFontName}”（gbsn00lp.ttf），本机未安装。请安装 Debian 软件包 {MainPackage}：apt-get install {MainPackage}；或用环境变量 {EnvironmentVariable} 指定一个 TrueType 中文字体文件（.ttf，不支持 .ttc）");
        }
        var fallback = fallbackCandidates.FirstOrDefault(File.Exists);
        try
        {
            return new PdfFontSet(main, File.ReadAllBytes(main), fallback is null ? null : File.ReadAllBytes(fallback));
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or InvalidDataException)
        {
            throw new ReportException($"无法读取 PDF 字体文件“{main}”（{e.Message}）。请重新安装 Debian 软件包 {MainPackage}，或用环境变量 {EnvironmentVariable} 指定另一个 TrueType 中文字体文件（.ttf）", e);
        }
    }

    private static PdfFontSet Register()
    {
        var set = Locate(MainCandidates, FallbackCandidates);
        // PDFsharp allows one resolver per process, set before the first font is made.
        GlobalFontSettings.FontResolver = set;
        return set;
    }

    public FontResolverInfo? ResolveTypeface(string familyName, bool isBold, bool isItalic)
    {
        var face = familyName == FallbackFamily && _fallback is not null ? FallbackFamily : MainFamily;
        // Neither file has a bold face: PDFsharp thickens the strokes, as Word does for 仿宋 bold.
        return new FontResolverInfo(face, isBold, isItalic);
    }

    public byte[]? GetFont(string faceName) => faceName == FallbackFamily && _fallback is not null ? _fallback : _main;
}
