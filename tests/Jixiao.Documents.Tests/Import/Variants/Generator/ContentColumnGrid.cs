using Jixiao.Documents.Tests.Import.RoundTrip;

namespace Jixiao.Documents.Tests.Import.Variants.Generator;

/// <summary>
/// A form printed without rules, its columns set apart by white space only: the form's merged cells
/// (<see cref="MergedHeaderGrid"/>), each column as wide as its longest cell and two characters from the next. When
/// the page is too narrow, the widest columns give up width (their sentences and labels wrap) but, as Word's and
/// LibreOffice's autofit do, no column becomes narrower than its longest unbreakable word (a number, a Latin word);
/// when even the words do not fit, the table is set a size smaller (小五, then 六号), as authors of wide tables do.
/// </summary>
internal static class ContentColumnGrid
{
    /// <summary>The sizes tried, in half-points: 五号 (the body's), 小五, 六号.</summary>
    private static readonly int[] Sizes = [21, 18, 15];

    public static WordGrid Of(IReadOnlyList<IReadOnlyList<string>> rows)
    {
        var merged = MergedHeaderGrid.Of(rows);
        var size = Sizes.FirstOrDefault(s => Widths(merged, s, LongestWord).Sum() <= CorpusDocx.TextWidth, Sizes[^1]);
        var widths = Widths(merged, size, DisplayWidth.Of);
        var least = Widths(merged, size, LongestWord);
        while (widths.Sum() > CorpusDocx.TextWidth)
        {
            // The column with the most room above its least width gives some up; when none has room, the page is too
            // narrow even for the words and the widest column wraps its words too.
            var room = widths.Select((w, c) => w - least[c]).ToArray();
            var giving = room.Max() > 0 ? Array.IndexOf(room, room.Max()) : Array.IndexOf(widths, widths.Max());
            var step = Math.Max(size * 5, widths[giving] / 4);
            widths[giving] -= Math.Min(widths.Sum() - CorpusDocx.TextWidth, room[giving] > 0 ? Math.Min(room[giving], step) : step);
        }
        return merged with { ColumnWidths = widths, CellMargin = Gutter(size), FontSize = size, Ruled = false };
    }

    /// <summary>
    /// Twentieths of a point for each column at <paramref name="size"/> half-points: its cells' widest
    /// <paramref name="measure"/> in half characters, the gutters, and room for digits a little wider than half a
    /// character. A merged cell needs only its columns together to be as wide: what they lack is shared among them.
    /// </summary>
    private static int[] Widths(WordGrid grid, int size, Func<string, int> measure)
    {
        var half = size * 5;
        var margins = (2 * Gutter(size)) + (2 * half);
        int Need(string text) => (measure(text) * half) + margins;
        var widths = new int[grid.ColumnWidths.Count];
        Array.Fill(widths, margins);
        foreach (var pass in new[] { false, true })
        {
            foreach (var row in grid.Rows)
            {
                var column = 0;
                foreach (var cell in row)
                {
                    if (!pass && cell.Span == 1)
                        widths[column] = Math.Max(widths[column], Need(cell.Text));
                    if (pass && cell.Span > 1)
                    {
                        var lacking = Need(cell.Text) - widths.Skip(column).Take(cell.Span).Sum();
                        for (var c = column; c < column + cell.Span && lacking > 0; c++)
                            widths[c] += (lacking + cell.Span - 1) / cell.Span;
                    }
                    column += cell.Span;
                }
            }
        }
        return widths;
    }

    /// <summary>Space on each side inside a cell: a character, so columns stand two characters apart.</summary>
    private static int Gutter(int size) => size * 10;

    /// <summary>The display width of the longest run a line cannot break: Latin letters, digits and their marks (CJK breaks anywhere).</summary>
    private static int LongestWord(string cell)
    {
        int longest = 0, run = 0;
        foreach (var c in cell)
        {
            run = DisplayWidth.Of(c) == 1 && !char.IsWhiteSpace(c) ? run + 1 : 0;
            longest = Math.Max(longest, run);
        }
        return Math.Max(longest, 2);
    }
}
