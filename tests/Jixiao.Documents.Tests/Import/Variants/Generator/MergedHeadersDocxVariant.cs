using Jixiao.Documents.Tests.Import.RoundTrip;

namespace Jixiao.Documents.Tests.Import.Variants.Generator;

/// <summary>The document as a Word file whose tables have real merged cells (gridSpan, vMerge) where the form merges them.</summary>
internal sealed class MergedHeadersDocxVariant : LayoutVariant
{
    public override string Name => "docx-merged-headers";

    public override string Extension => "docx";

    public override string? NotApplicable(VariantSource source) =>
        source.Tables.Count == 0 ? "no table rows"
        : source.Tables.All(t => MergedHeaderGrid.Of(SourceTables.Grid(source.Lines, t)).Rows.All(r => r.All(c => c.Span == 1 && c.Merge == CellMerge.None))) ? "no cell to merge"
        : null;

    public override void Write(VariantSource source, string path) =>
        AtomicFile.Write(path, temp => CorpusDocx.Write(source.Document, temp, MergedHeaderGrid.Of));
}
