namespace Jixiao.Documents.Tests.Import.Variants.Generator;

/// <summary>Every layout variant, by name, in the order reports list them.</summary>
internal static class VariantCatalog
{
    public static IReadOnlyList<LayoutVariant> All { get; } =
    [
        new SpaceAlignedVariant(),
        new FullWidthVariant(),
        new WebPageVariant(),
        new TitleTwoLinesVariant("title-two-lines", atPhraseBoundary: false),
        new TitleTwoLinesVariant("title-two-lines-boundary", atPhraseBoundary: true),
        new AfterAttachmentVariant(),
        new TransposedFundsVariant(),
        new YuanVariant(),
        new XlsxVariant(),
        new MergedHeadersDocxVariant(),
        PrintedPdfVariant.Wrapped,
        PrintedPdfVariant.Borderless,
    ];

    public static LayoutVariant Named(string name) =>
        All.FirstOrDefault(v => v.Name == name) ?? throw new ArgumentException($"no layout variant named {name}", nameof(name));
}
