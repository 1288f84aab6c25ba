using Jixiao.Documents.Tests.Import.RoundTrip;

namespace Jixiao.Documents.Tests.Import.Variants.Generator;

/// <summary>
/// The document as the PDF LibreOffice prints from a Word file whose tables have no borders: the columns stand apart by
/// white space only, as in reports typeset with tab stops, so the reader has no rulings to rebuild the grid from.
/// </summary>
internal sealed class BorderlessPdfVariant : LayoutVariant
{
    public override string Name => "pdf-borderless";

    public override string Extension => "pdf";

    public override string WrittenExtension => "docx";

    public override string? NotApplicable(VariantSource source) => source.Tables.Count == 0 ? "no table rows" : null;

    public override void Write(VariantSource source, string path) =>
        AtomicFile.Write(path, temp => CorpusDocx.Write(source.Document, temp, rows => ContentColumnGrid.Of(rows) with { Ruled = false }));
}
