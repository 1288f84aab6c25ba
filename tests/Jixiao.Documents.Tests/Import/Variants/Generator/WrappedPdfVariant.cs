using Jixiao.Documents.Tests.Import.RoundTrip;

namespace Jixiao.Documents.Tests.Import.Variants.Generator;

/// <summary>
/// The document as the PDF LibreOffice prints from a Word file whose table columns are narrow (<see cref="NarrowColumnGrid"/>):
/// long cells wrap onto several lines, as they do in most published forms.
/// </summary>
internal sealed class WrappedPdfVariant : LayoutVariant
{
    public override string Name => "pdf-wrapped";

    public override string Extension => "pdf";

    public override string WrittenExtension => "docx";

    public override string? NotApplicable(VariantSource source) => source.Tables.Count == 0 ? "no table rows" : null;

    public override void Write(VariantSource source, string path) =>
        AtomicFile.Write(path, temp => CorpusDocx.Write(source.Document, temp, NarrowColumnGrid.Of));
}
