using Jixiao.Documents.Tests.Import.RoundTrip;

namespace Jixiao.Documents.Tests.Import.Variants.Generator;

/// <summary>
/// A table with columns as narrow as a crowded form prints them: four CJK characters wide, or as wide as the column's
/// longest figure, so figures stay on one line while labels and sentences wrap onto several.
/// </summary>
internal static class NarrowColumnGrid
{
    /// <summary>Twentieths of a point at the corpus writer's 10.5 pt: a CJK character, a digit, and the cell's left and right margins.</summary>
    private const int Character = 210;
    private const int Digit = 120;
    private const int CellMargins = 230;
    private const int Narrowest = 4 * Character + CellMargins;

    public static WordGrid Of(IReadOnlyList<IReadOnlyList<string>> rows)
    {
        var even = WordGrid.Even(rows, CorpusDocx.TextWidth);
        var widths = Enumerable.Range(0, even.ColumnWidths.Count)
            .Select(c => Math.Max(Narrowest, rows.Where(r => c < r.Count && WrittenNumber.Parse(r[c]) is not null).Select(r => r[c].Length * Digit + CellMargins).DefaultIfEmpty(0).Max()))
            .ToList();
        return even with { ColumnWidths = widths };
    }
}
