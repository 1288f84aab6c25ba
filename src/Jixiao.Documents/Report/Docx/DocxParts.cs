namespace Jixiao.Documents.Report.Docx;

/// <summary>
/// The fixed parts of every report, set as GB/T 9704-2012 sets an official document: A4 with margins 上 37 mm,
/// 下 35 mm, 左 28 mm, 右 26 mm; 28 characters × 22 lines (三号 with −0.25 pt tracking on a 28.95 pt line); title
/// 小标宋 二号; body 仿宋 三号; 一、 黑体, （一） 楷体, 1. 仿宋 bold; justified, no punctuation hanging into the margin,
/// line-start and line-end rules (kinsoku); page numbers "— 1 —" in 四号 宋体, odd pages right and even pages left.
/// Windows font names, which LibreOffice maps to Debian faces through <see cref="FontconfigAliases"/>.
/// </summary>
internal static class DocxParts
{
    public const string Namespace = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";

    public const string BodyFont = "仿宋_GB2312";

    public const string HeadingFont = "黑体";

    public const string KaiFont = "楷体_GB2312";

    public const string TitleFont = "方正小标宋简体";

    public const string NumberFont = "宋体";

    public const string LatinFont = "Times New Roman";

    /// <summary>Text width of the body in twips: A4 (11906) less the left (1587) and right (1474) margins = 156 mm.</summary>
    public const int TextWidth = 11906 - 1587 - 1474;

    /// <summary>225 mm of text height / 22 lines = 28.95 pt.</summary>
    public const int LinePitch = 579;

    public const string SectionPage =
        """<w:pgSz w:w="11906" w:h="16838"/><w:pgMar w:top="2098" w:right="1474" w:bottom="1984" w:left="1587" w:header="851" w:footer="1247" w:gutter="0"/>""";

    public const string Grid = """<w:docGrid w:type="lines" w:linePitch="579"/>""";

    private const string Fonts4 = $"""w:ascii="{LatinFont}" w:hAnsi="{LatinFont}" w:cs="{LatinFont}" """;

    public const string Styles = $$"""
        <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
        <w:styles xmlns:w="{{Namespace}}">
        <w:docDefaults>
        <w:rPrDefault><w:rPr><w:rFonts w:hint="eastAsia" {{Fonts4}} w:eastAsia="{{BodyFont}}"/><w:spacing w:val="-5"/><w:kern w:val="2"/><w:sz w:val="32"/><w:szCs w:val="32"/><w:lang w:val="en-US" w:eastAsia="zh-CN" w:bidi="ar-SA"/></w:rPr></w:rPrDefault>
        <w:pPrDefault><w:pPr><w:kinsoku/><w:overflowPunct w:val="0"/><w:autoSpaceDE w:val="0"/><w:autoSpaceDN w:val="0"/><w:spacing w:line="579" w:lineRule="exact"/></w:pPr></w:pPrDefault>
        </w:docDefaults>
        <w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/><w:qFormat/><w:pPr><w:widowControl/><w:kinsoku/><w:overflowPunct w:val="0"/><w:ind w:firstLineChars="200" w:firstLine="640"/><w:jc w:val="both"/></w:pPr></w:style>
        <w:style w:type="paragraph" w:styleId="Title"><w:name w:val="Title"/><w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:qFormat/><w:pPr><w:keepNext/><w:keepLines/><w:snapToGrid w:val="0"/><w:spacing w:after="579" w:line="700" w:lineRule="exact"/><w:ind w:firstLineChars="0" w:firstLine="0"/><w:jc w:val="center"/></w:pPr><w:rPr><w:rFonts {{Fonts4}} w:eastAsia="{{TitleFont}}"/><w:spacing w:val="0"/><w:sz w:val="44"/><w:szCs w:val="44"/></w:rPr></w:style>
        <w:style w:type="paragraph" w:styleId="Heading1"><w:name w:val="heading 1"/><w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:qFormat/><w:pPr><w:keepNext/><w:keepLines/><w:outlineLvl w:val="0"/></w:pPr><w:rPr><w:rFonts {{Fonts4}} w:eastAsia="{{HeadingFont}}"/></w:rPr></w:style>
        <w:style w:type="paragraph" w:styleId="Heading2"><w:name w:val="heading 2"/><w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:qFormat/><w:pPr><w:keepNext/><w:keepLines/><w:outlineLvl w:val="1"/></w:pPr><w:rPr><w:rFonts {{Fonts4}} w:eastAsia="{{KaiFont}}"/></w:rPr></w:style>
        <w:style w:type="paragraph" w:styleId="Heading3"><w:name w:val="heading 3"/><w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:qFormat/><w:pPr><w:keepNext/><w:keepLines/><w:outlineLvl w:val="2"/></w:pPr><w:rPr><w:b/><w:bCs/></w:rPr></w:style>
        <w:style w:type="paragraph" w:styleId="Heading4"><w:name w:val="heading 4"/><w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:qFormat/><w:pPr><w:keepNext/><w:keepLines/><w:outlineLvl w:val="3"/></w:pPr></w:style>
        <w:style w:type="paragraph" w:customStyle="1" w:styleId="CoverField"><w:name w:val="Cover Field"/><w:basedOn w:val="Normal"/><w:qFormat/><w:pPr><w:snapToGrid w:val="0"/><w:spacing w:line="720" w:lineRule="exact"/><w:ind w:left="1260" w:firstLineChars="0" w:firstLine="0"/><w:jc w:val="left"/></w:pPr></w:style>
        <w:style w:type="paragraph" w:customStyle="1" w:styleId="AppendixLabel"><w:name w:val="Appendix Label"/><w:basedOn w:val="Normal"/><w:next w:val="AppendixTitle"/><w:qFormat/><w:pPr><w:keepNext/><w:pageBreakBefore/><w:ind w:firstLineChars="0" w:firstLine="0"/><w:jc w:val="left"/></w:pPr><w:rPr><w:rFonts {{Fonts4}} w:eastAsia="{{HeadingFont}}"/></w:rPr></w:style>
        <w:style w:type="paragraph" w:customStyle="1" w:styleId="AppendixTitle"><w:name w:val="Appendix Title"/><w:basedOn w:val="Title"/><w:next w:val="TableCaption"/><w:qFormat/><w:pPr><w:spacing w:before="0" w:after="120"/></w:pPr></w:style>
        <w:style w:type="paragraph" w:customStyle="1" w:styleId="TableCaption"><w:name w:val="Table Caption"/><w:basedOn w:val="Normal"/><w:qFormat/><w:pPr><w:keepNext/><w:tabs><w:tab w:val="right" w:pos="8845"/></w:tabs><w:snapToGrid w:val="0"/><w:spacing w:line="360" w:lineRule="exact"/><w:ind w:firstLineChars="0" w:firstLine="0"/><w:jc w:val="left"/></w:pPr><w:rPr><w:spacing w:val="0"/><w:sz w:val="24"/><w:szCs w:val="24"/></w:rPr></w:style>
        <w:style w:type="paragraph" w:customStyle="1" w:styleId="TableText"><w:name w:val="Table Text"/><w:basedOn w:val="Normal"/><w:qFormat/><w:pPr><w:widowControl w:val="0"/><w:snapToGrid w:val="0"/><w:spacing w:line="260" w:lineRule="exact"/><w:ind w:firstLineChars="0" w:firstLine="0"/><w:jc w:val="left"/></w:pPr><w:rPr><w:spacing w:val="0"/><w:sz w:val="20"/><w:szCs w:val="20"/></w:rPr></w:style>
        <w:style w:type="paragraph" w:customStyle="1" w:styleId="TableHeader"><w:name w:val="Table Header"/><w:basedOn w:val="TableText"/><w:qFormat/><w:pPr><w:jc w:val="center"/></w:pPr><w:rPr><w:rFonts {{Fonts4}} w:eastAsia="{{HeadingFont}}"/></w:rPr></w:style>
        <w:style w:type="paragraph" w:customStyle="1" w:styleId="TableGap"><w:name w:val="Table Gap"/><w:basedOn w:val="Normal"/><w:pPr><w:keepNext/><w:snapToGrid w:val="0"/><w:spacing w:line="20" w:lineRule="exact"/><w:ind w:firstLineChars="0" w:firstLine="0"/></w:pPr><w:rPr><w:sz w:val="2"/><w:szCs w:val="2"/></w:rPr></w:style>
        <w:style w:type="paragraph" w:styleId="Footer"><w:name w:val="footer"/><w:basedOn w:val="Normal"/><w:pPr><w:snapToGrid w:val="0"/><w:spacing w:line="240" w:lineRule="auto"/><w:ind w:firstLineChars="0" w:firstLine="0" w:left="320" w:right="320"/></w:pPr><w:rPr><w:rFonts {{Fonts4}} w:eastAsia="{{NumberFont}}"/><w:spacing w:val="0"/><w:sz w:val="28"/><w:szCs w:val="28"/></w:rPr></w:style>
        <w:style w:type="paragraph" w:styleId="Header"><w:name w:val="header"/><w:basedOn w:val="Normal"/><w:pPr><w:snapToGrid w:val="0"/><w:spacing w:line="240" w:lineRule="auto"/><w:ind w:firstLineChars="0" w:firstLine="0"/><w:jc w:val="right"/></w:pPr><w:rPr><w:rFonts {{Fonts4}} w:eastAsia="{{HeadingFont}}"/><w:b/><w:color w:val="C00000"/><w:spacing w:val="0"/><w:sz w:val="36"/><w:szCs w:val="36"/></w:rPr></w:style>
        <w:style w:type="table" w:default="1" w:styleId="TableNormal"><w:name w:val="Normal Table"/><w:tblPr><w:tblInd w:w="0" w:type="dxa"/><w:tblCellMar><w:top w:w="0" w:type="dxa"/><w:left w:w="108" w:type="dxa"/><w:bottom w:w="0" w:type="dxa"/><w:right w:w="108" w:type="dxa"/></w:tblCellMar></w:tblPr></w:style>
        <w:style w:type="table" w:styleId="TableGrid"><w:name w:val="Table Grid"/><w:basedOn w:val="TableNormal"/><w:tblPr><w:tblBorders><w:top w:val="single" w:sz="4" w:space="0" w:color="000000"/><w:left w:val="single" w:sz="4" w:space="0" w:color="000000"/><w:bottom w:val="single" w:sz="4" w:space="0" w:color="000000"/><w:right w:val="single" w:sz="4" w:space="0" w:color="000000"/><w:insideH w:val="single" w:sz="4" w:space="0" w:color="000000"/><w:insideV w:val="single" w:sz="4" w:space="0" w:color="000000"/></w:tblBorders></w:tblPr></w:style>
        </w:styles>
        """;

    /// <summary>The fonts the styles name, each with the Debian face that stands in for it as its alternate.</summary>
    public const string Fonts = $$"""
        <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
        <w:fonts xmlns:w="{{Namespace}}">
        <w:font w:name="{{BodyFont}}"><w:altName w:val="仿宋"/><w:charset w:val="86"/><w:family w:val="modern"/><w:pitch w:val="fixed"/></w:font>
        <w:font w:name="{{HeadingFont}}"><w:altName w:val="SimHei"/><w:charset w:val="86"/><w:family w:val="modern"/><w:pitch w:val="fixed"/></w:font>
        <w:font w:name="{{KaiFont}}"><w:altName w:val="楷体"/><w:charset w:val="86"/><w:family w:val="modern"/><w:pitch w:val="fixed"/></w:font>
        <w:font w:name="{{TitleFont}}"><w:altName w:val="宋体"/><w:charset w:val="86"/><w:family w:val="script"/><w:pitch w:val="variable"/></w:font>
        <w:font w:name="{{NumberFont}}"><w:altName w:val="SimSun"/><w:charset w:val="86"/><w:family w:val="auto"/><w:pitch w:val="variable"/></w:font>
        <w:font w:name="{{LatinFont}}"><w:altName w:val="Liberation Serif"/><w:charset w:val="00"/><w:family w:val="roman"/><w:pitch w:val="variable"/></w:font>
        </w:fonts>
        """;

    public const string Settings = $$"""
        <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
        <w:settings xmlns:w="{{Namespace}}"><w:defaultTabStop w:val="420"/><w:evenAndOddHeaders/><w:characterSpacingControl w:val="doNotCompress"/><w:compat><w:doNotExpandShiftReturn/></w:compat></w:settings>
        """;

    /// <summary>"— 1 —" one character in from the right (odd pages) or the left (even pages).</summary>
    public static string Footer(string align) => $$"""
        <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
        <w:ftr xmlns:w="{{Namespace}}"><w:p><w:pPr><w:pStyle w:val="Footer"/><w:jc w:val="{{align}}"/></w:pPr><w:r><w:t xml:space="preserve">— </w:t></w:r><w:fldSimple w:instr=" PAGE "><w:r><w:t>1</w:t></w:r></w:fldSimple><w:r><w:t xml:space="preserve"> —</w:t></w:r></w:p></w:ftr>
        """;

    /// <summary>The 草稿 mark at the head of every page of a draft.</summary>
    public const string DraftHeader = $$"""
        <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
        <w:hdr xmlns:w="{{Namespace}}"><w:p><w:pPr><w:pStyle w:val="Header"/></w:pPr><w:r><w:t>草稿</w:t></w:r></w:p></w:hdr>
        """;

    /// <summary>An empty header, for the final document's sections.</summary>
    public const string EmptyHeader = $$"""
        <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
        <w:hdr xmlns:w="{{Namespace}}"><w:p><w:pPr><w:pStyle w:val="Header"/></w:pPr></w:p></w:hdr>
        """;

    /// <summary>
    /// LibreOffice ignores w:altName (writerfilter FontTable.cxx drops it), so on Linux the Windows names are given
    /// to fontconfig: run soffice with FONTCONFIG_FILE pointing at this file and each role prints in the Debian
    /// face the PDF embeds for it (docs/decisions/0005): 仿宋 and 宋体 → AR PL SungtiL GB, 楷体 → AR PL KaitiM GB,
    /// 黑体 → WenQuanYi Zen Hei, 小标宋 → AR PL UMing CN emboldened.
    /// </summary>
    public const string FontconfigAliases = $$"""
        <?xml version="1.0"?>
        <!DOCTYPE fontconfig SYSTEM "fonts.dtd">
        <fontconfig>
          <include ignore_missing="yes">/etc/fonts/fonts.conf</include>
          <alias binding="same"><family>{{BodyFont}}</family><prefer><family>AR PL SungtiL GB</family><family>Noto Serif CJK SC</family></prefer></alias>
          <alias binding="same"><family>仿宋</family><prefer><family>AR PL SungtiL GB</family><family>Noto Serif CJK SC</family></prefer></alias>
          <alias binding="same"><family>FangSong</family><prefer><family>AR PL SungtiL GB</family><family>Noto Serif CJK SC</family></prefer></alias>
          <alias binding="same"><family>{{NumberFont}}</family><prefer><family>AR PL SungtiL GB</family><family>Noto Serif CJK SC</family></prefer></alias>
          <alias binding="same"><family>SimSun</family><prefer><family>AR PL SungtiL GB</family><family>Noto Serif CJK SC</family></prefer></alias>
          <alias binding="same"><family>{{KaiFont}}</family><prefer><family>AR PL KaitiM GB</family><family>AR PL UKai CN</family><family>Noto Serif CJK SC</family></prefer></alias>
          <alias binding="same"><family>楷体</family><prefer><family>AR PL KaitiM GB</family><family>AR PL UKai CN</family><family>Noto Serif CJK SC</family></prefer></alias>
          <alias binding="same"><family>{{HeadingFont}}</family><prefer><family>WenQuanYi Zen Hei</family><family>Noto Sans CJK SC</family></prefer></alias>
          <alias binding="same"><family>SimHei</family><prefer><family>WenQuanYi Zen Hei</family><family>Noto Sans CJK SC</family></prefer></alias>
          <match target="pattern"><test name="family"><string>{{TitleFont}}</string></test><edit name="family" mode="assign" binding="strong"><string>AR PL UMing CN</string></edit><edit name="weight" mode="assign" binding="strong"><const>bold</const></edit></match>
        </fontconfig>
        """;
}
