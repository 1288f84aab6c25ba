namespace Jixiao.Documents.Report.Pdf;

/// <summary>
/// A table measured for drawing: each cell's lines in its (spanned) width, row heights that fit the rows' own
/// cells and then the merged cells over them, and the units the table may break between: a block of rows kept
/// together, rows joined by a merged cell, and a header row with the unit after it.
/// </summary>
internal sealed class TableLayout
{
    private readonly (int Row, int Col)[,] _origins;
    private readonly Dictionary<(int, int), List<TextLine>> _lines = [];
    private readonly double[] _heights;
    private readonly Dictionary<(int, int), int> _drawn = [];

    public TableLayout(ReportTable table, double[] widths, LineBreaker breaker)
    {
        Table = table;
        Widths = widths;
        var rows = table.Rows.Count;
        var columns = widths.Length;
        _origins = new (int, int)[rows, columns];
        for (var r = 0; r < rows; r++)
        {
            for (var c = 0; c < columns; c++)
                _origins[r, c] = (r, c);
        }
        _heights = new double[rows];
        for (var r = 0; r < rows; r++)
        {
            _heights[r] = PageGeometry.CellPitch + (2 * PageGeometry.CellPadY);
            for (var c = 0; c < columns; c++)
            {
                if (table.Rows[r].Cells[c] is not { } cell)
                    continue;
                for (var dr = 0; dr < cell.RowSpan && r + dr < rows; dr++)
                {
                    for (var dc = 0; dc < cell.ColSpan && c + dc < columns; dc++)
                        _origins[r + dr, c + dc] = (r, c);
                }
                var width = widths.Skip(c).Take(cell.ColSpan).Sum() - (2 * PageGeometry.CellPadX);
                var role = cell.Header ? FontRole.Hei : FontRole.Body;
                var lines = new List<TextLine>();
                foreach (var part in cell.Text.Split('\n'))
                    lines.AddRange(breaker.Wrap(part, role, PageGeometry.CellSize, width, width));
                _lines[(r, c)] = lines;
            }
        }
        // Rows first fit their own cells, then a merged cell taller than its rows widens its last row.
        foreach (var pass in new[] { false, true })
        {
            for (var r = 0; r < rows; r++)
            {
                for (var c = 0; c < columns; c++)
                {
                    if (table.Rows[r].Cells[c] is not { } cell || (cell.RowSpan > 1) != pass)
                        continue;
                    var need = (_lines[(r, c)].Count * PageGeometry.CellPitch) + (2 * PageGeometry.CellPadY);
                    var last = Math.Min(rows, r + cell.RowSpan) - 1;
                    var have = Height(r, last + 1);
                    if (need > have)
                        _heights[last] += need - have;
                }
            }
        }
    }

    public ReportTable Table { get; }

    public double[] Widths { get; }

    public (int Row, int Col) Origin(int row, int col) => _origins[row, col];

    public List<TextLine> CellLines(int row, int col) => _lines[(row, col)];

    /// <summary>How many lines of a merged cell split across pages are already drawn.</summary>
    public int LinesDrawn(int row, int col) => _drawn.GetValueOrDefault((row, col));

    public void MarkDrawn(int row, int col, int lines) => _drawn[(row, col)] = lines;

    public double Height(int first, int end)
    {
        var total = 0.0;
        for (var r = first; r < end; r++)
            total += _heights[r];
        return total;
    }

    public double FirstUnitHeight() => Units().FirstOrDefault() is { } u ? Height(u.First, u.End) : 0;

    /// <summary>Row ranges [First, End) the table may break between.</summary>
    public List<(int First, int End)> Units()
    {
        var rows = Table.Rows;
        var units = new List<(int First, int End)>();
        var first = 0;
        for (var r = 0; r < rows.Count; r++)
        {
            var next = r + 1;
            var joined = next < rows.Count && (
                rows[r].Header
                || (rows[r].Block != 0 && rows[next].Block == rows[r].Block)
                || Enumerable.Range(0, Widths.Length).Any(c => _origins[next, c].Row <= r));
            if (joined)
                continue;
            units.Add((first, next));
            first = next;
        }
        return units;
    }
}
