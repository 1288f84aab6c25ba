using Jixiao.Documents.Import.Structure;

namespace Jixiao.Documents.Import.Readers.Geometry;

/// <summary>
/// Rows of an aligned grid that are only the wrapped tails of the row above ("年度资金总" / "额", "年初预算" / "数",
/// "100.00" / "%", "6284." / "53"): without rulings to say where a row ends, a line whose every piece stands under a
/// filled cell of the line above and none of which is a value of its own continues that row.
/// </summary>
internal static class WrappedCells
{
    /// <summary>The rows with their tails joined, each with the index in <paramref name="grid"/> of the line it starts on.</summary>
    public static List<(string[] Cells, int At)> Join(List<string[]> grid)
    {
        var rows = new List<(string[] Cells, int At)>(grid.Count);
        for (var r = 0; r < grid.Count; r++)
        {
            var row = grid[r];
            if (rows.Count > 0 && IsTail(rows[^1].Cells, row))
            {
                var above = rows[^1].Cells;
                for (var i = 0; i < row.Length; i++)
                    above[i] = Joined(above[i], row[i]);
                continue;
            }
            rows.Add((row, r));
        }
        return rows;
    }

    private static bool IsTail(string[] above, string[] row)
    {
        var any = false;
        for (var i = 0; i < row.Length; i++)
        {
            var cell = row[i].Trim();
            if (cell.Length == 0)
                continue;
            var over = above[i].Trim();
            if (over.Length == 0)
                return false;
            // A value of its own starts a new row, unless it finishes a number the line break cut ("6284." / "53").
            var cut = over[^1] is '.' or ',' or '-' && char.IsAsciiDigit(cell[0]);
            if (!cut && ((Cells.IsValue(cell) && !Cells.IsEmptyMark(cell)) || Cells.IsTarget(cell)))
                return false;
            any = true;
        }
        return any;
    }

    /// <summary>Chinese text and numbers wrap anywhere and join without a space; two Latin words keep one.</summary>
    private static string Joined(string a, string b)
    {
        a = a.TrimEnd();
        b = b.Trim();
        if (a.Length == 0 || b.Length == 0)
            return a + b;
        return char.IsAsciiLetter(a[^1]) && char.IsAsciiLetter(b[0]) ? a + " " + b : a + b;
    }
}
