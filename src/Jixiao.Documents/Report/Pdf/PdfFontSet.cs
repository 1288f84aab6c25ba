using PdfSharp.Fonts;

namespace Jixiao.Documents.Report.Pdf;

/// <summary>
/// The TrueType faces the PDF is set in, one per role (docs/decisions/0005), found once per process and embedded
/// as subsets with a ToUnicode map, so copied text is the real characters. A face inside a .ttc is taken out by
/// <see cref="TrueTypeCollection"/>. The body face is required (or any .ttf named by JIXIAO_PDF_FONT); a missing
/// role face falls back to the body face, so the PDF is still written, and <see cref="Missing"/> names it.
/// </summary>
internal sealed class PdfFontSet : IFontResolver
{
    public const string EnvironmentVariable = "JIXIAO_PDF_FONT";

    public static readonly IReadOnlyList<FontSource> Sources =
    [
        new(FontRole.Body, "AR PL SungtiL GB", "fonts-arphic-gbsn00lp", ["/usr/share/fonts/truetype/arphic-gbsn00lp/gbsn00lp.ttf", "/usr/share/fonts/truetype/arphic/gbsn00lp.ttf"]),
        new(FontRole.Title, "AR PL UMing CN", "fonts-arphic-uming", ["/usr/share/fonts/truetype/arphic/uming.ttc"]),
        new(FontRole.Hei, "WenQuanYi Zen Hei", "fonts-wqy-zenhei", ["/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc"]),
        new(FontRole.Kai, "AR PL KaitiM GB", "fonts-arphic-gkai00mp", ["/usr/share/fonts/truetype/arphic-gkai00mp/gkai00mp.ttf", "/usr/share/fonts/truetype/arphic/gkai00mp.ttf"]),
        new(FontRole.Latin, "Liberation Serif", "fonts-liberation2", ["/usr/share/fonts/truetype/liberation2/LiberationSerif-Regular.ttf", "/usr/share/fonts/truetype/liberation/LiberationSerif-Regular.ttf"]),
        new(FontRole.Symbols, "DejaVu Sans", "fonts-dejavu-core", ["/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"]),
    ];

    private static readonly Lazy<PdfFontSet> SharedSet = new(Register, LazyThreadSafetyMode.ExecutionAndPublication);

    private readonly Dictionary<FontRole, FontFace> _faces;

    private PdfFontSet(Dictionary<FontRole, FontFace> faces, IReadOnlyList<FontSource> missing)
    {
        _faces = faces;
        Missing = missing;
    }

    /// <summary>Role faces not installed (their role is set in the body face instead).</summary>
    public IReadOnlyList<FontSource> Missing { get; }

    public FontFace Body => _faces[FontRole.Body];

    /// <summary>The face of a role, or the body face when the role's face is not installed (null for Latin and symbols, which then fall through).</summary>
    public FontFace? Face(FontRole role) => _faces.TryGetValue(role, out var face) ? face : role is FontRole.Latin or FontRole.Symbols ? null : Body;

    /// <summary>The process-wide set, registered with PDFsharp on first use.</summary>
    /// <exception cref="ReportException">When the body face is not installed.</exception>
    public static PdfFontSet Shared => SharedSet.Value;

    public static string Family(FontRole role) => "Jixiao " + role;

    /// <exception cref="ReportException">A Chinese message naming the font and the Debian package that provides it.</exception>
    public static PdfFontSet Locate(IReadOnlyList<FontSource> sources)
    {
        var faces = new Dictionary<FontRole, FontFace>();
        var missing = new List<FontSource>();
        foreach (var source in sources)
        {
            var configured = source.Role == FontRole.Body ? Environment.GetEnvironmentVariable(EnvironmentVariable) : null;
            string? path;
            if (!string.IsNullOrWhiteSpace(configured))
            {
                path = File.Exists(configured) ? configured
                    : throw new ReportException($"环境变量 {EnvironmentVariable} 指定的字体文件“{configured}”不存在。请改为一个 TrueType 中文字体文件（.ttf），或删去该变量以使用 {source.Name}（Debian 软件包 {source.Package}）");
            }
            else
            {
                path = source.Paths.FirstOrDefault(File.Exists);
            }
            if (path is null)
            {
                if (source.Role == FontRole.Body)
                    throw new ReportException($"生成 PDF 需要中文字体“{source.Name}”，本机未安装。请安装 Debian 软件包 {source.Package}：apt-get install {source.Package}；或用环境变量 {EnvironmentVariable} 指定一个 TrueType 中文字体文件（.ttf）");
                missing.Add(source);
                continue;
            }
            try
            {
                var bytes = File.ReadAllBytes(path);
                if (TrueTypeCollection.IsCollection(bytes))
                    bytes = TrueTypeCollection.Extract(bytes, source.Index);
                faces[source.Role] = new FontFace(source.Role, source.Name, path, bytes, TrueTypeMetrics.Read(bytes));
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException or InvalidDataException)
            {
                if (source.Role == FontRole.Body)
                    throw new ReportException($"无法读取 PDF 字体文件“{path}”（{Files.FileErrors.Describe(e, path)}）。请重新安装 Debian 软件包 {source.Package}，或用环境变量 {EnvironmentVariable} 指定另一个 TrueType 中文字体文件（.ttf）", e);
                missing.Add(source);
            }
        }
        return new PdfFontSet(faces, missing);
    }

    private static PdfFontSet Register()
    {
        var set = Locate(Sources);
        // PDFsharp allows one resolver per process, set before the first font is made.
        GlobalFontSettings.FontResolver = set;
        return set;
    }

    public FontResolverInfo? ResolveTypeface(string familyName, bool isBold, bool isItalic)
    {
        var role = Enum.GetValues<FontRole>().FirstOrDefault(r => Family(r) == familyName);
        var face = Face(role) ?? Body;
        // None of the faces has a bold weight: PDFsharp thickens the strokes, as Word does for 仿宋 bold.
        return new FontResolverInfo(Family(face.Role), isBold, isItalic);
    }

    public byte[]? GetFont(string faceName)
    {
        var role = Enum.GetValues<FontRole>().FirstOrDefault(r => Family(r) == faceName);
        return (Face(role) ?? Body).Bytes;
    }
}
