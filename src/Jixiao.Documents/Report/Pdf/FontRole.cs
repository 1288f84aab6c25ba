namespace Jixiao.Documents.Report.Pdf;

/// <summary>The faces a report is set in (GB/T 9704 roles); docs/decisions/0005 says which Debian face plays each.</summary>
internal enum FontRole
{
    /// <summary>仿宋: body text, 1. headings (bold), tables.</summary>
    Body,

    /// <summary>小标宋: the title and the attachment title.</summary>
    Title,

    /// <summary>黑体: 一、 headings, the 附件 label, table headers, the 草稿 mark.</summary>
    Hei,

    /// <summary>楷体: （一） headings.</summary>
    Kai,

    /// <summary>Digits and Latin letters (Times New Roman's metric twin), as in the DOCX.</summary>
    Latin,

    /// <summary>Symbols the Chinese faces lack (², ①).</summary>
    Symbols,
}
