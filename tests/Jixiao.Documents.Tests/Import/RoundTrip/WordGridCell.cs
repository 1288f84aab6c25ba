namespace Jixiao.Documents.Tests.Import.RoundTrip;

/// <summary>One cell of a <see cref="WordGrid"/>: its text, the grid columns it spans (gridSpan) and its vertical merge.</summary>
internal sealed record WordGridCell(string Text, int Span = 1, CellMerge Merge = CellMerge.None);
