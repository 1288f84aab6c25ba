namespace Jixiao.Documents.Tests.Import.Variants.Generator;

/// <summary>
/// Every table row as columns padded with runs of ASCII spaces (a CJK character two columns wide), no tabs or pipes:
/// what Word's or WPS's "save as text" and a copy from a web page give.
/// </summary>
internal sealed class SpaceAlignedVariant : TextLayoutVariant
{
    private static readonly AlignedColumns Layout = new(' ', 2);

    public override string Name => "space-aligned";

    protected override string Missing => "no table rows";

    public override IReadOnlyList<string>? Lines(VariantSource source) =>
        source.Tables.Count == 0 ? null : TableRowsAsText.Lines(source, Layout, t => t);
}
