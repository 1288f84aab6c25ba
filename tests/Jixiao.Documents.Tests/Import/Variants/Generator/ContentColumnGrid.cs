using Jixiao.Documents.Tests.Import.RoundTrip;

namespace Jixiao.Documents.Tests.Import.Variants.Generator;

/// <summary>
/// Columns as wide as their longest cell and two characters apart, as a table set with tab stops has them; when the
/// page is too narrow, the widest columns give up width (their long sentences wrap) and the short ones keep theirs.
/// </summary>
internal static class ContentColumnGrid
{
    /// <summary>Twentieths of a point at the corpus writer's 10.5 pt: half a CJK character, and the cell's margins.</summary>
    private const int Unit = 105;
    private const int CellMargins = 2 * Gutter + Slack;

    /// <summary>Room for a face whose digits are a little wider than half a CJK character, so no number wraps.</summary>
    private const int Slack = 210;

    /// <summary>Space on each side inside a cell: a CJK character, so columns stand two characters apart.</summary>
    public const int Gutter = 210;

    public static WordGrid Of(IReadOnlyList<IReadOnlyList<string>> rows)
    {
        var even = WordGrid.Even(rows, CorpusDocx.TextWidth);
        var widths = Enumerable.Range(0, even.ColumnWidths.Count)
            .Select(c => rows.Where(r => c < r.Count).Select(r => DisplayWidth.Of(r[c]) * Unit + CellMargins).DefaultIfEmpty(CellMargins).Max())
            .ToArray();
        while (widths.Sum() > CorpusDocx.TextWidth)
        {
            var widest = Array.IndexOf(widths, widths.Max());
            widths[widest] -= Math.Min(widths.Sum() - CorpusDocx.TextWidth, Math.Max(Unit, widths[widest] / 4));
        }
        return even with { ColumnWidths = widths, CellMargin = Gutter };
    }
}
