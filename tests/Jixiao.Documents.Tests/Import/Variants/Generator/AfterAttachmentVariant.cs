using System.Text.RegularExpressions;

namespace Jixiao.Documents.Tests.Import.Variants.Generator;

/// <summary>
/// The title after an attachment number and a line of boilerplate ("附件2" / "（公开版）"), as documents attached to a
/// finance bureau's notice are published. An attachment number the document already had is replaced, not repeated.
/// </summary>
internal sealed partial class AfterAttachmentVariant : TextLayoutVariant
{
    public override string Name => "after-attachment";

    protected override string Missing => "no title line found";

    public override IReadOnlyList<string>? Lines(VariantSource source)
    {
        if (ReportTitle.Find(source) is not { } title)
            return null;
        var before = source.RawLines.Take(title.First).Where(l => !Attachment().IsMatch(l));
        return [.. before, "附件2", "（公开版）", .. source.RawLines.Skip(title.First)];
    }

    [GeneratedRegex(@"^\s*附件\s*[0-9０-９]+\s*$")]
    private static partial Regex Attachment();
}
