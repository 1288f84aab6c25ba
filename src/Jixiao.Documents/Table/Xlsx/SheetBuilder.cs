using System.Globalization;

namespace Jixiao.Documents.Table.Xlsx;

/// <summary>
/// A worksheet being laid out: cells by row and column (1-based), merged ranges, column widths, and row heights
/// estimated from the text so wrapped Chinese prints whole (Excel does not grow rows of merged cells itself).
/// </summary>
internal sealed class SheetBuilder(string name, double[] columnWidths)
{
    /// <summary>Excel's default row: 14.25 points for 宋体 11.</summary>
    private const double LineHeight = 14.25;

    private readonly SortedDictionary<int, SortedDictionary<int, SheetCell>> _rows = [];
    private readonly List<(int Row1, int Col1, int Row2, int Col2)> _merges = [];
    private readonly List<(int First, int Last)> _blocks = [];
    private readonly List<int> _headerRows = [];

    public string Name { get; } = name;

    public double[] ColumnWidths { get; } = columnWidths;

    public XlsxStyles Styles { get; } = new();

    public IReadOnlyList<(int Row1, int Col1, int Row2, int Col2)> Merges => _merges;

    public IEnumerable<KeyValuePair<int, SortedDictionary<int, SheetCell>>> Rows => _rows;

    public Dictionary<int, double> Heights { get; } = [];

    public int LastRow => _rows.Count == 0 ? 1 : _rows.Keys.Max();

    /// <summary>Print titles, page setup: landscape when the table is wide.</summary>
    public bool Landscape { get; set; }

    /// <summary>Rows 1 to this are the title lines (title, year, 部门名称 and 单位), not the table.</summary>
    public int TitleRows { get; set; } = 3;

    /// <summary>Row ranges printed on one page (a merged block, a task with its indicators, 总分 with 评级).</summary>
    public IReadOnlyList<(int First, int Last)> Blocks => _blocks;

    /// <summary>Column-header rows: the one in force is repeated at the top of each page its table continues on.</summary>
    public IReadOnlyList<int> HeaderRows => _headerRows;

    public void KeepTogether(int first, int last)
    {
        if (last >= first)
            _blocks.Add((first, last));
    }

    public void HeaderRow(int row) => _headerRows.Add(row);

    /// <summary>The blocks with overlapping ones joined (a 一级 group and the 总分 lines after its last row), in row order.</summary>
    public List<(int First, int Last)> JoinedBlocks()
    {
        var joined = new List<(int First, int Last)>();
        foreach (var (first, last) in _blocks.OrderBy(b => b.First))
        {
            if (joined.Count > 0 && first <= joined[^1].Last)
                joined[^1] = (joined[^1].First, Math.Max(joined[^1].Last, last));
            else
                joined.Add((first, last));
        }
        return joined;
    }

    public SheetCell? Cell(int row, int col) =>
        _rows.TryGetValue(row, out var cells) && cells.TryGetValue(col, out var cell) ? cell : null;

    public void Text(int row, int col, string? text, CellStyle style) => Set(row, col, new SheetCell(Styles.Index(style), Text: text ?? ""));

    public void Number(int row, int col, decimal? value, CellStyle style)
    {
        if (value is null)
            Text(row, col, "", style);
        else
            Set(row, col, new SheetCell(Styles.Index(style), Number: value));
    }

    /// <summary>A live formula with the value it evaluates to now.</summary>
    public void Formula(int row, int col, string formula, decimal? cached, CellStyle style) =>
        Set(row, col, new SheetCell(Styles.Index(style), Number: cached, Formula: formula));

    /// <summary>A formula whose result is text (评级 from the score).</summary>
    public void TextFormula(int row, int col, string formula, string cached, CellStyle style) =>
        Set(row, col, new SheetCell(Styles.Index(style), Text: cached, Formula: formula));

    /// <summary>Merges a range, writing <paramref name="text"/> in its top-left cell and the style (borders) in every cell.</summary>
    public void Merge(int row1, int col1, int row2, int col2, string? text, CellStyle style)
    {
        Text(row1, col1, text, style);
        Span(row1, col1, row2, col2, style);
    }

    /// <summary>Merges a range whose top-left cell is already written.</summary>
    public void Span(int row1, int col1, int row2, int col2, CellStyle style)
    {
        var index = Styles.Index(style);
        for (var r = row1; r <= row2; r++)
        {
            for (var c = col1; c <= col2; c++)
            {
                if (r != row1 || c != col1)
                    Set(r, c, new SheetCell(index));
            }
        }
        if (row2 > row1 || col2 > col1)
            _merges.Add((row1, col1, row2, col2));
    }

    public void Height(int row, double points) => Heights[row] = points;

    public static string Ref(int row, int col) => Column(col) + row.ToString(CultureInfo.InvariantCulture);

    public static string Column(int col)
    {
        var name = "";
        while (col > 0)
        {
            var m = (col - 1) % 26;
            name = (char)('A' + m) + name;
            col = (col - 1) / 26;
        }
        return name;
    }

    /// <summary>Sets each row's height from its longest text; a merged block spreads its text over its rows.</summary>
    public void FitRowHeights()
    {
        var merged = new Dictionary<(int, int), (int Row1, int Col1, int Row2, int Col2)>();
        foreach (var m in _merges)
            merged[(m.Row1, m.Col1)] = m;

        var needs = new Dictionary<int, double>();
        var blocks = new List<(int Row1, int Row2, double Height)>();
        foreach (var (row, cells) in _rows)
        {
            foreach (var (col, cell) in cells)
            {
                var text = cell.Text ?? "";
                if (text.Length == 0 || cell.Formula is not null)
                    continue;
                var range = merged.TryGetValue((row, col), out var m) ? m : (Row1: row, Col1: col, Row2: row, Col2: col);
                var width = 0.0;
                for (var c = range.Col1; c <= range.Col2; c++)
                    width += ColumnWidths[c - 1];
                var height = (Lines(text, width) * LineHeight) + 4;
                if (range.Row2 == range.Row1)
                    needs[row] = Math.Max(needs.GetValueOrDefault(row, LineHeight + 4), height);
                else
                    blocks.Add((range.Row1, range.Row2, height));
            }
        }
        foreach (var (row, need) in needs)
        {
            if (!Heights.ContainsKey(row))
                Heights[row] = need;
        }
        foreach (var (row1, row2, height) in blocks)
        {
            var have = 0.0;
            for (var r = row1; r <= row2; r++)
                have += Heights.GetValueOrDefault(r, LineHeight + 4);
            if (have >= height)
                continue;
            var extra = (height - have) / (row2 - row1 + 1);
            for (var r = row1; r <= row2; r++)
                Heights[r] = Heights.GetValueOrDefault(r, LineHeight + 4) + extra;
        }
    }

    /// <summary>Lines the text takes in a column of <paramref name="width"/> character units (a Chinese character is two).</summary>
    private static int Lines(string text, double width)
    {
        var usable = Math.Max(1, width - 1);
        var lines = 0;
        foreach (var paragraph in text.Split('\n'))
        {
            var units = 0.0;
            foreach (var c in paragraph)
                units += c >= 0x2E80 || c is '“' or '”' or '‘' or '’' or '…' or '—' ? 2.05 : 1.1;
            lines += Math.Max(1, (int)Math.Ceiling(units / usable));
        }
        return lines;
    }

    private void Set(int row, int col, SheetCell cell)
    {
        if (!_rows.TryGetValue(row, out var cells))
        {
            cells = [];
            _rows[row] = cells;
        }
        cells[col] = cell;
    }
}
