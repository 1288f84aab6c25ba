using System.Text.RegularExpressions;

namespace Jixiao.Documents.Tests.Import.Variants.Generator;

/// <summary>
/// Numbers in full width (１２３４．５６％, thousands separator "，") everywhere, and table cells separated by runs of
/// U+3000 (ideographic space) instead of tabs or pipes: a document typed in a Chinese input method's full-width mode.
/// </summary>
internal sealed partial class FullWidthVariant : TextLayoutVariant
{
    private static readonly AlignedColumns Layout = new('\u3000', 4);

    public override string Name => "fullwidth";

    protected override string Missing => "";

    public override IReadOnlyList<string>? Lines(VariantSource source) => TableRowsAsText.Lines(source, Layout, Wide);

    /// <summary>Digits, a point after a digit, a comma between digits and the percent sign in full width.</summary>
    public static string Wide(string text)
    {
        text = PointAfterDigit().Replace(text, "$1．");
        text = CommaInNumber().Replace(text, "$1，");
        return string.Concat(text.Select(c => c switch
        {
            >= '0' and <= '9' => (char)(c - '0' + '０'),
            '%' => '％',
            _ => c,
        }));
    }

    [GeneratedRegex(@"([0-9０-９])\.")]
    private static partial Regex PointAfterDigit();

    [GeneratedRegex(@"([0-9０-９]),(?=[0-9]{3})")]
    private static partial Regex CommaInNumber();
}
