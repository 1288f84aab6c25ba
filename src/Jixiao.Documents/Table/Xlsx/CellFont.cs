namespace Jixiao.Documents.Table.Xlsx;

/// <summary>The four faces a self-evaluation table uses.</summary>
internal enum CellFont
{
    /// <summary>宋体 11: cell text.</summary>
    Normal,

    /// <summary>宋体 11 bold: totals.</summary>
    Bold,

    /// <summary>黑体 16: the table's title.</summary>
    Title,

    /// <summary>黑体 11: column and block headers.</summary>
    Header,
}
