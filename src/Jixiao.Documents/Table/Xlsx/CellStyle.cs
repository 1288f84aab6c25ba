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

    public static CellStyle Amount => new(NumberFormat: "#,##0.00", Align: CellAlign.Right, Wrap: false);

    public static CellStyle Score => new(NumberFormat: "0.00", Align: CellAlign.Center, Wrap: false);

    public static CellStyle Weight => new(NumberFormat: "0.##", Align: CellAlign.Center, Wrap: false);

    /// <summary>A rate shown as a percentage with <paramref name="places"/> decimals (0.00% by default).</summary>
    public static CellStyle Percent(int places) =>
        new(NumberFormat: places <= 0 ? "0%" : "0." + new string('0', places) + "%", Align: CellAlign.Right, Wrap: false);
}
