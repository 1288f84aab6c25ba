namespace Jixiao.Documents.Import.Readers.Geometry;

/// <summary>
/// Lays lines of fields out on one grid, as a reader of the printed table would: the columns are the runs of
/// positions that some field covers (the white gutters between them are what a ruler would find). When a long
/// cell or a group header bridges a gutter, the runs merge and there are fewer of them than the widest line has
/// fields; then the widest line's fields are the columns and every other field goes to the column it overlaps
/// most (the nearest one when it overlaps none). An empty cell stays empty instead of shifting its neighbours left.
/// </summary>
internal static class ColumnAligner
{
    public static List<string[]> Align(IReadOnlyList<IReadOnlyList<Field>> lines)
    {
        var columns = Runs(lines);
        var widest = lines.Count == 0 ? 0 : lines.Max(l => l.Count);
        if (columns.Count < widest)
            columns = [.. lines.First(l => l.Count == widest).Select(f => (f.Start, f.End))];
        var grid = new List<string[]>(lines.Count);
        foreach (var line in lines)
        {
            var cells = new string[columns.Count];
            Array.Fill(cells, "");
            foreach (var field in line)
            {
                var column = ColumnOf(field, columns);
                cells[column] = cells[column].Length == 0 ? field.Text : cells[column] + " " + field.Text;
            }
            grid.Add(cells);
        }
        return grid;
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
