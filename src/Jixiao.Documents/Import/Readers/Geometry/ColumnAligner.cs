namespace Jixiao.Documents.Import.Readers.Geometry;

/// <summary>
/// Lays lines of fields out on one grid, as a reader of the printed table would: the columns are the runs of
/// positions that some field covers (the white gutters between them are what a ruler would find). When a long
/// cell or a group header bridges a gutter, the runs merge and there are fewer of them than the widest line has
/// fields; then the widest line's fields are the columns and every other field goes to the column it overlaps
/// most (the nearest one when it overlaps none). An empty cell stays empty instead of shifting its neighbours left;
/// a line that fills every column is taken in order.
/// </summary>
internal static class ColumnAligner
{
    public static List<string[]> Align(IReadOnlyList<IReadOnlyList<Field>> lines) => Lay(lines).Cells;

    /// <summary>The lines on one grid, with where each cell's text stands on its line.</summary>
    public static AlignedGrid Lay(IReadOnlyList<IReadOnlyList<Field>> lines)
    {
        var columns = Runs(lines);
        var widest = lines.Count == 0 ? 0 : lines.Max(l => l.Count);
        if (columns.Count < widest)
            columns = [.. lines.First(l => l.Count == widest).Select(f => (f.Start, f.End))];
        var grid = new AlignedGrid(columns.Count, lines.Count);
        Field?[] above = new Field?[columns.Count];
        foreach (var line in lines)
        {
            var (cells, spans) = grid.AddLine();
            // A line with a field for every column is read in order: a long cell that overflows its column pushes the
            // ones after it right, but they are still the next cells.
            if (line.Count == columns.Count)
            {
                for (var c = 0; c < cells.Length; c++)
                    Put(cells, spans, c, line[c]);
            }
            else if (line.Count < columns.Count)
            {
                var assigned = InOrder(line, columns, above);
                for (var f = 0; f < line.Count; f++)
                    Put(cells, spans, assigned[f], line[f]);
            }
            else
            {
                foreach (var field in line)
                    Put(cells, spans, ColumnOf(field, columns), field);
            }
            above = spans;
        }
        return grid;
    }

    private static void Put(string[] cells, Field?[] spans, int column, Field field)
    {
        cells[column] = cells[column].Length == 0 ? field.Text : cells[column] + " " + field.Text;
        spans[column] = spans[column] is { } before ? new Field(before.Start, field.End, cells[column]) : field;
    }

    /// <summary>The narrowest gap between two cells (display columns; points are far wider, so a PDF never overflows).</summary>
    private const double MinGap = 2;

    /// <summary>
    /// Each field's column, left to right and never two in one (dynamic programming over the cheapest placement): a
    /// field costs how far its start is from where it should start in that column, or its end from the column's end
    /// (numbers are set flush right), so a field pushed right by an overflowing cell before it still lands in its own column;
    /// a field that starts where the text of a column on the line above starts is that text's wrapped line.
    /// </summary>
    private static int[] InOrder(IReadOnlyList<Field> line, List<(double Start, double End)> columns, Field?[] above)
    {
        int n = line.Count, m = columns.Count;
        var cost = new double[n + 1, m + 1];
        for (var f = 1; f <= n; f++)
        {
            for (var c = 0; c <= m; c++)
                cost[f, c] = double.MaxValue;
        }
        for (var f = 1; f <= n; f++)
        {
            for (var c = f; c <= m - (n - f); c++)
            {
                var field = line[f - 1];
                var column = columns[c - 1];
                // Where the field should start: its column's start, or right after the field before it when that one
                // overflowed its own column and pushed this one along.
                var expected = f == 1 ? column.Start : Math.Max(column.Start, line[f - 2].End + MinGap);
                var here = Math.Min(Math.Abs(field.Start - expected), Math.Abs(field.End - column.End));
                if (above[c - 1] is { } over)
                    here = Math.Min(here, Math.Abs(field.Start - over.Start));
                // The best placement of the fields before, all in columns left of this one.
                var before = double.MaxValue;
                for (var p = f - 1; p < c; p++)
                    before = Math.Min(before, cost[f - 1, p]);
                if (before < double.MaxValue)
                    cost[f, c] = before + here;
            }
        }
        var result = new int[n];
        var limit = m;
        for (var f = n; f >= 1; f--)
        {
            var best = f;
            for (var c = f; c <= limit; c++)
            {
                if (cost[f, c] < cost[f, best])
                    best = c;
            }
            result[f - 1] = best - 1;
            limit = best - 1;
        }
        return result;
    }

    /// <summary>The spans covered by at least one field, left to right.</summary>
    private static List<(double Start, double End)> Runs(IReadOnlyList<IReadOnlyList<Field>> lines)
    {
        var runs = new List<(double Start, double End)>();
        foreach (var field in lines.SelectMany(l => l).OrderBy(f => f.Start))
        {
            if (runs.Count > 0 && field.Start < runs[^1].End)
                runs[^1] = (runs[^1].Start, Math.Max(runs[^1].End, field.End));
            else
                runs.Add((field.Start, field.End));
        }
        return runs;
    }

    private static int ColumnOf(Field field, List<(double Start, double End)> columns)
    {
        var best = 0;
        var bestOverlap = -1.0;
        var bestDistance = double.MaxValue;
        for (var c = 0; c < columns.Count; c++)
        {
            var overlap = field.Overlap(columns[c].Start, columns[c].End);
            var distance = Math.Abs(field.Middle - (columns[c].Start + columns[c].End) / 2);
            if (overlap > bestOverlap || (overlap == bestOverlap && distance < bestDistance))
                (best, bestOverlap, bestDistance) = (c, overlap, distance);
        }
        return best;
    }
}
