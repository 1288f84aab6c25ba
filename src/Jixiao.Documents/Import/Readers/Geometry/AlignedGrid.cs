namespace Jixiao.Documents.Import.Readers.Geometry;

/// <summary>
/// Lines laid out on one grid of columns (<see cref="ColumnAligner"/>): each line's cells, and where each cell's
/// text stands on that line (null for an empty cell), so a reader can tell a cell that filled its column to the edge
/// (and so may wrap onto the next line) from one that stopped short.
/// </summary>
internal sealed class AlignedGrid(int columns, int lines)
{
    public List<string[]> Cells { get; } = new(lines);

    public List<Field?[]> Spans { get; } = new(lines);

    public int Columns => columns;

    public (string[] Cells, Field?[] Spans) AddLine()
    {
        var cells = new string[columns];
        Array.Fill(cells, "");
        var spans = new Field?[columns];
        Cells.Add(cells);
        Spans.Add(spans);
        return (cells, spans);
    }

    /// <summary>
    /// Where the text of each column starts, and how far right it reaches: the column's edge as printed. Columns stand
    /// a gutter apart, as wide as the narrowest gap between two cells of one line; a text that comes nearer than that
    /// to where the next column's text starts spans both (a merged label) and says nothing about its own column's edge.
    /// </summary>
    public (double[] Starts, double[] Ends) ColumnEdges()
    {
        var starts = new double[columns];
        var gutters = new double[columns];
        Array.Fill(starts, double.MaxValue);
        Array.Fill(gutters, double.MaxValue);
        foreach (var spans in Spans)
        {
            for (var c = 0; c < columns; c++)
            {
                if (spans[c] is { } span)
                {
                    starts[c] = Math.Min(starts[c], span.Start);
                    if (c + 1 < columns && spans[c + 1] is { } next)
                        gutters[c] = Math.Min(gutters[c], next.Start - span.End);
                }
            }
        }
        var ends = new double[columns];
        var widest = new double[columns];
        Array.Fill(ends, double.MinValue);
        Array.Fill(widest, double.MinValue);
        foreach (var spans in Spans)
        {
            for (var c = 0; c < columns; c++)
            {
                if (spans[c] is not { } span)
                    continue;
                widest[c] = Math.Max(widest[c], span.End);
                // Without two cells side by side to measure the gutter by, a character apart.
                var gutter = gutters[c] == double.MaxValue ? span.Character : gutters[c] * GutterTolerance;
                if (c == columns - 1 || span.End + gutter <= starts[c + 1])
                    ends[c] = Math.Max(ends[c], span.End);
            }
        }
        for (var c = 0; c < columns; c++)
        {
            if (ends[c] == double.MinValue)
                ends[c] = widest[c];
        }
        return (starts, ends);
    }

    /// <summary>How much of the narrowest gutter a text may take and still stand in its own column (for the letters' measured widths).</summary>
    private const double GutterTolerance = 0.75;
}
