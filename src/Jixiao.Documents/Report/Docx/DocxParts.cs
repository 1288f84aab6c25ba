namespace Jixiao.Documents.Report.Docx;

/// <summary>
/// The fixed parts of every report: styles, fonts, settings and the page-number footer. Chinese official-document
/// typography (GB/T 9704): 仿宋 三号 body on a 28-point line, 黑体 headings, 小标宋 title, first lines indented two
/// characters, A4. Fonts missing on Linux fall back to those declared as alternates.
/// </summary>
internal static class DocxParts
{
    public const string Namespace = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";

    /// <summary>Body font: the Windows name Word expects, and the Debian fonts LibreOffice can use instead.</summary>
    public const string BodyFont = "仿宋_GB2312";

    public const string HeadingFont = "黑体";

    public const string TitleFont = "方正小标宋简体";

    public const string LatinFont = "Times New Roman";

    /// <summary>Text width of the body in twips: A4 (11906) less the left (1587) and right (1474) margins.</summary>
    public const int TextWidth = 11906 - 1587 - 1474;

    public const string SectionPage =
        """<w:pgSz w:w="11906" w:h="16838"/><w:pgMar w:top="2098" w:right="1474" w:bottom="1984" w:left="1587" w:header="851" w:footer="992" w:gutter="0"/>""";

    public const string Styles = $$"""
        <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
        <w:styles xmlns:w="{{Namespace}}">
        <w:docDefaults>
        <w:rPrDefault><w:rPr><w:rFonts w:hint="eastAsia" w:ascii="{{LatinFont}}" w:eastAsia="{{BodyFont}}" w:hAnsi="{{LatinFont}}" w:cs="{{LatinFont}}"/><w:kern w:val="2"/><w:sz w:val="32"/><w:szCs w:val="32"/><w:lang w:val="en-US" w:eastAsia="zh-CN" w:bidi="ar-SA"/></w:rPr></w:rPrDefault>
        <w:pPrDefault><w:pPr><w:spacing w:line="560" w:lineRule="exact"/></w:pPr></w:pPrDefault>
        </w:docDefaults>
        <w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/><w:qFormat/><w:pPr><w:widowControl w:val="0"/><w:ind w:firstLineChars="200" w:firstLine="640"/><w:jc w:val="both"/></w:pPr></w:style>
        <w:style w:type="paragraph" w:styleId="Title"><w:name w:val="Title"/><w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:qFormat/><w:pPr><w:spacing w:before="240" w:after="480" w:line="240" w:lineRule="auto"/><w:ind w:firstLineChars="0" w:firstLine="0"/><w:jc w:val="center"/></w:pPr><w:rPr><w:rFonts w:ascii="{{LatinFont}}" w:eastAsia="{{TitleFont}}" w:hAnsi="{{LatinFont}}"/><w:sz w:val="44"/><w:szCs w:val="44"/></w:rPr></w:style>
        <w:style w:type="paragraph" w:styleId="Heading1"><w:name w:val="heading 1"/><w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:qFormat/><w:pPr><w:keepNext/><w:keepLines/><w:outlineLvl w:val="0"/></w:pPr><w:rPr><w:rFonts w:ascii="{{LatinFont}}" w:eastAsia="{{HeadingFont}}" w:hAnsi="{{LatinFont}}"/></w:rPr></w:style>
        <w:style w:type="paragraph" w:styleId="Heading2"><w:name w:val="heading 2"/><w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:qFormat/><w:pPr><w:keepNext/><w:keepLines/><w:outlineLvl w:val="1"/></w:pPr><w:rPr><w:rFonts w:ascii="{{LatinFont}}" w:eastAsia="{{HeadingFont}}" w:hAnsi="{{LatinFont}}"/></w:rPr></w:style>
        <w:style w:type="paragraph" w:styleId="Heading3"><w:name w:val="heading 3"/><w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:qFormat/><w:pPr><w:keepNext/><w:keepLines/><w:outlineLvl w:val="2"/></w:pPr><w:rPr><w:rFonts w:ascii="{{LatinFont}}" w:eastAsia="{{HeadingFont}}" w:hAnsi="{{LatinFont}}"/></w:rPr></w:style>
        <w:style w:type="paragraph" w:styleId="Heading4"><w:name w:val="heading 4"/><w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:qFormat/><w:pPr><w:keepNext/><w:keepLines/><w:outlineLvl w:val="3"/></w:pPr><w:rPr><w:rFonts w:ascii="{{LatinFont}}" w:eastAsia="{{HeadingFont}}" w:hAnsi="{{LatinFont}}"/></w:rPr></w:style>
        <w:style w:type="paragraph" w:customStyle="1" w:styleId="CoverField"><w:name w:val="Cover Field"/><w:basedOn w:val="Normal"/><w:qFormat/><w:pPr><w:spacing w:line="720" w:lineRule="exact"/><w:ind w:left="1260" w:firstLineChars="0" w:firstLine="0"/><w:jc w:val="left"/></w:pPr></w:style>
        <w:style w:type="paragraph" w:customStyle="1" w:styleId="TableText"><w:name w:val="Table Text"/><w:basedOn w:val="Normal"/><w:qFormat/><w:pPr><w:spacing w:line="240" w:lineRule="auto"/><w:ind w:firstLineChars="0" w:firstLine="0"/><w:jc w:val="left"/></w:pPr><w:rPr><w:sz w:val="21"/><w:szCs w:val="21"/></w:rPr></w:style>
        <w:style w:type="paragraph" w:customStyle="1" w:styleId="TableHeader"><w:name w:val="Table Header"/><w:basedOn w:val="TableText"/><w:qFormat/><w:pPr><w:jc w:val="center"/></w:pPr><w:rPr><w:rFonts w:ascii="{{LatinFont}}" w:eastAsia="{{HeadingFont}}" w:hAnsi="{{LatinFont}}"/></w:rPr></w:style>
        <w:style w:type="paragraph" w:styleId="Footer"><w:name w:val="footer"/><w:basedOn w:val="Normal"/><w:pPr><w:spacing w:line="240" w:lineRule="auto"/><w:ind w:firstLineChars="0" w:firstLine="0"/><w:jc w:val="center"/></w:pPr><w:rPr><w:rFonts w:ascii="{{LatinFont}}" w:eastAsia="宋体" w:hAnsi="{{LatinFont}}"/><w:sz w:val="28"/><w:szCs w:val="28"/></w:rPr></w:style>
        <w:style w:type="table" w:default="1" w:styleId="TableNormal"><w:name w:val="Normal Table"/><w:tblPr><w:tblInd w:w="0" w:type="dxa"/><w:tblCellMar><w:top w:w="0" w:type="dxa"/><w:left w:w="108" w:type="dxa"/><w:bottom w:w="0" w:type="dxa"/><w:right w:w="108" w:type="dxa"/></w:tblCellMar></w:tblPr></w:style>
        <w:style w:type="table" w:styleId="TableGrid"><w:name w:val="Table Grid"/><w:basedOn w:val="TableNormal"/><w:tblPr><w:tblBorders><w:top w:val="single" w:sz="4" w:space="0" w:color="000000"/><w:left w:val="single" w:sz="4" w:space="0" w:color="000000"/><w:bottom w:val="single" w:sz="4" w:space="0" w:color="000000"/><w:right w:val="single" w:sz="4" w:space="0" w:color="000000"/><w:insideH w:val="single" w:sz="4" w:space="0" w:color="000000"/><w:insideV w:val="single" w:sz="4" w:space="0" w:color="000000"/></w:tblBorders></w:tblPr></w:style>
        </w:styles>
        """;

    /// <summary>
    /// The fonts the styles name, each with the Debian font that stands in for it on Linux as its alternate
    /// (AR PL SungtiL GB from fonts-arphic-gbsn00lp; Noto CJK from fonts-noto-cjk).
    /// </summary>
    public const string Fonts = $$"""
        <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
        <w:fonts xmlns:w="{{Namespace}}">
        <w:font w:name="{{BodyFont}}"><w:altName w:val="FangSong;AR PL SungtiL GB;Noto Serif CJK SC"/><w:charset w:val="86"/><w:family w:val="modern"/><w:pitch w:val="fixed"/></w:font>
        <w:font w:name="{{HeadingFont}}"><w:altName w:val="SimHei;Noto Sans CJK SC"/><w:charset w:val="86"/><w:family w:val="modern"/><w:pitch w:val="fixed"/></w:font>
        <w:font w:name="{{TitleFont}}"><w:altName w:val="SimSun;AR PL SungtiL GB;Noto Serif CJK SC"/><w:charset w:val="86"/><w:family w:val="script"/><w:pitch w:val="variable"/></w:font>
        <w:font w:name="宋体"><w:altName w:val="SimSun;AR PL SungtiL GB;Noto Serif CJK SC"/><w:charset w:val="86"/><w:family w:val="auto"/><w:pitch w:val="variable"/></w:font>
        <w:font w:name="{{LatinFont}}"><w:altName w:val="Liberation Serif"/><w:charset w:val="00"/><w:family w:val="roman"/><w:pitch w:val="variable"/></w:font>
        </w:fonts>
        """;

    public const string Settings = $$"""
        <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
        <w:settings xmlns:w="{{Namespace}}"><w:defaultTabStop w:val="420"/><w:characterSpacingControl w:val="compressPunctuation"/></w:settings>
        """;

    /// <summary>"— 1 —", centred: the page number as official documents print it.</summary>
    public const string Footer = $$"""
        <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
        <w:ftr xmlns:w="{{Namespace}}"><w:p><w:pPr><w:pStyle w:val="Footer"/></w:pPr><w:r><w:t xml:space="preserve">— </w:t></w:r><w:fldSimple w:instr=" PAGE "><w:r><w:t>1</w:t></w:r></w:fldSimple><w:r><w:t xml:space="preserve"> —</w:t></w:r></w:p></w:ftr>
        """;

    /// <summary>
    /// LibreOffice ignores w:altName (writerfilter FontTable.cxx drops it), so on Linux the same fallbacks are given
    /// to fontconfig: run soffice with FONTCONFIG_FILE pointing at this file and 仿宋_GB2312 prints in
    /// AR PL SungtiL GB, 黑体 in Noto Sans CJK SC, instead of whatever CJK face fontconfig meets first.
    /// </summary>
    public const string FontconfigAliases = $$"""
        <?xml version="1.0"?>
        <!DOCTYPE fontconfig SYSTEM "fonts.dtd">
        <fontconfig>
          <include ignore_missing="yes">/etc/fonts/fonts.conf</include>
          <alias binding="same"><family>{{BodyFont}}</family><prefer><family>AR PL SungtiL GB</family><family>Noto Serif CJK SC</family></prefer></alias>
          <alias binding="same"><family>FangSong</family><prefer><family>AR PL SungtiL GB</family><family>Noto Serif CJK SC</family></prefer></alias>
          <alias binding="same"><family>宋体</family><prefer><family>AR PL SungtiL GB</family><family>Noto Serif CJK SC</family></prefer></alias>
          <alias binding="same"><family>SimSun</family><prefer><family>AR PL SungtiL GB</family><family>Noto Serif CJK SC</family></prefer></alias>
          <alias binding="same"><family>{{TitleFont}}</family><prefer><family>Noto Serif CJK SC</family><family>AR PL SungtiL GB</family></prefer></alias>
          <alias binding="same"><family>{{HeadingFont}}</family><prefer><family>Noto Sans CJK SC</family><family>AR PL SungtiL GB</family></prefer></alias>
          <alias binding="same"><family>SimHei</family><prefer><family>Noto Sans CJK SC</family><family>AR PL SungtiL GB</family></prefer></alias>
        </fontconfig>
        """;
}
