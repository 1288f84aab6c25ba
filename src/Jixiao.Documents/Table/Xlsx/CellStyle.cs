namespace Jixiao.Documents.Table.Xlsx;

/// <summary>How a cell looks: face, border, number format, alignment, wrapping and a header fill.</summary>
internal readonly record struct CellStyle(
    CellFont Font = CellFont.Normal,
    bool Border = true,
    string NumberFormat = "General",
    CellAlign Align = CellAlign.Left,
    bool Wrap = true,
    bool Fill = false)
{
    public static CellStyle Text => new(CellFont.Normal);

    public static CellStyle Header => new(CellFont.Header, Align: CellAlign.Center, Fill: true);

    public static CellStyle Centered => new(Align: CellAlign.Center);

    /// <summary>An amount, right-aligned, in the format of <see cref="Report.DocumentNumbers.AmountFormat"/>.</summary>
    public static CellStyle Amount(string format) => new(NumberFormat: format, Align: CellAlign.Right, Wrap: false);

    /// <summary>A score or weight, centred, in the format of <see cref="Report.DocumentNumbers.ScoreFormat"/>.</summary>
    public static CellStyle Score(string format) => new(NumberFormat: format, Align: CellAlign.Center, Wrap: false);

    /// <summary>A rate held as a fraction, in the format of <see cref="Report.DocumentNumbers.RateFormat"/>.</summary>
    public static CellStyle Rate(string format) => new(NumberFormat: format, Align: CellAlign.Right, Wrap: false);
}
