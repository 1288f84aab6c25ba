using Jixiao.Documents.Tests.Import.RoundTrip;

namespace Jixiao.Documents.Tests.Import.Variants.Generator;

/// <summary>
/// Recovers the merged cells a form had from the empty cells its text export left (published forms merge their
/// header and label cells): a label followed by empty cells spans them (gridSpan) — in a header row up to the next
/// cell, in a row of figures only the row's first label (总分 | | | | 100) — and the empty cells a row begins with
/// continue the label above them (vMerge) when that label heads rows of figures (产出指标 over its indicators).
/// </summary>
internal static class MergedHeaderGrid
{
    public static WordGrid Of(IReadOnlyList<IReadOnlyList<string>> source)
    {
        var columns = source.Max(r => r.Count);
        var rows = source.Select(r => Enumerable.Range(0, columns).Select(c => c < r.Count ? r[c] : "").ToList()).ToList();
        var built = new List<List<Placed>>();
        for (var r = 0; r < rows.Count; r++)
        {
            var row = rows[r];
            var figures = row.Any(IsFigure);
            var lead = row.FindIndex(c => c.Length > 0);
            if (lead < 0)
                lead = columns;
            var cells = new List<Placed>();
            for (var c = 0; c < columns;)
            {
                if (c < lead && r > 0 && Above(built[r - 1], rows[r - 1], c, lead) is { } above)
                {
                    if (above.Merge == CellMerge.None)
                        above.Merge = CellMerge.Restart;
                    cells.Add(new Placed(c, above.Span, "", CellMerge.Continue));
                    c += above.Span;
                    continue;
                }
                var span = 1;
                if (row[c].Length > 0 && !IsFigure(row[c]))
                {
                    var next = row.FindIndex(c + 1, x => x.Length > 0);
                    if (next < 0)
                        next = columns;
                    if (!figures || (c == lead && next < columns))
                        span = next - c;
                }
                cells.Add(new Placed(c, span, row[c], CellMerge.None));
                c += span;
            }
            built.Add(cells);
        }
        var width = CorpusDocx.TextWidth / columns;
        return new WordGrid(
            [.. Enumerable.Repeat(width, columns)],
            [.. built.Select(cells => (IReadOnlyList<WordGridCell>)[.. cells.Select(p => new WordGridCell(p.Text, p.Span, p.Merge))])]);
    }

    /// <summary>The cell above that an empty leading cell at <paramref name="column"/> continues, or null.</summary>
    private static Placed? Above(List<Placed> above, List<string> aboveRow, int column, int lead)
    {
        var cell = above.Find(p => p.Start == column);
        if (cell is null || column + cell.Span > lead)
            return null;
        var continues = cell.Merge == CellMerge.Continue;
        return continues || (cell.Text.Length > 0 && !IsFigure(cell.Text) && aboveRow.Any(IsFigure)) ? cell : null;
    }

    private static bool IsFigure(string cell) => WrittenNumber.Parse(cell) is not null;

    /// <summary>A cell while the grid is built: its vertical merge changes when the row below continues it.</summary>
    private sealed class Placed(int start, int span, string text, CellMerge merge)
    {
        public int Start { get; } = start;

        public int Span { get; } = span;

        public string Text { get; } = text;

        public CellMerge Merge { get; set; } = merge;
    }
}
