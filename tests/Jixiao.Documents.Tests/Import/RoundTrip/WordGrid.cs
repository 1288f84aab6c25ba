namespace Jixiao.Documents.Tests.Import.RoundTrip;

/// <summary>
/// A table as Word lays it out: the width of each grid column (twentieths of a point) and the rows of cells, each
/// cell spanning one or more grid columns and possibly merged with the cell above. The spans of a row add up to the
/// number of columns.
/// </summary>
internal sealed record WordGrid(IReadOnlyList<int> ColumnWidths, IReadOnlyList<IReadOnlyList<WordGridCell>> Rows)
{
    /// <summary>False for a table printed without borders (columns set apart by white space only).</summary>
    public bool Ruled { get; init; } = true;

    /// <summary>Space left and right inside every cell, in twentieths of a point; null for Word's default (0.19 cm).</summary>
    public int? CellMargin { get; init; }

    /// <summary>The size of the table's text in half-points; null for the document's (五号, 10.5 pt).</summary>
    public int? FontSize { get; init; }

    /// <summary>Every row padded to the widest, one cell per column, the columns sharing <paramref name="tableWidth"/> evenly.</summary>
    public static WordGrid Even(IReadOnlyList<IReadOnlyList<string>> rows, int tableWidth)
    {
        var columns = rows.Max(r => r.Count);
        var width = tableWidth / columns;
        return new WordGrid(
            [.. Enumerable.Repeat(width, columns)],
            [.. rows.Select(cells => (IReadOnlyList<WordGridCell>)[.. Enumerable.Range(0, columns).Select(i => new WordGridCell(i < cells.Count ? cells[i] : ""))])]);
    }
}
