using Jixiao.Documents.Tests.Import.RoundTrip;

namespace Jixiao.Documents.Tests.Import.Variants.Generator;

/// <summary>
/// The document as the PDF LibreOffice prints from a Word file whose tables are laid out by <paramref name="layout"/>:
/// narrow ruled columns whose long cells wrap (<see cref="NarrowColumnGrid"/>, as most published forms), or borderless
/// columns set apart by white space only (<see cref="ContentColumnGrid"/>, as reports typeset with tab stops).
/// </summary>
internal sealed class PrintedPdfVariant(string name, Func<IReadOnlyList<IReadOnlyList<string>>, WordGrid> layout) : LayoutVariant
{
    public static PrintedPdfVariant Wrapped { get; } = new("pdf-wrapped", NarrowColumnGrid.Of);

    public static PrintedPdfVariant Borderless { get; } = new("pdf-borderless", ContentColumnGrid.Of);

    public override string Name => name;

    public override string Extension => "pdf";

    public override string WrittenExtension => "docx";

    public override string? NotApplicable(VariantSource source) => source.Tables.Count == 0 ? "no table rows" : null;

    public override void Write(VariantSource source, string path) =>
        AtomicFile.Write(path, temp => CorpusDocx.Write(source.Document, temp, layout));
}
