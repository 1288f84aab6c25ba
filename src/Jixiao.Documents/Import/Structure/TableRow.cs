namespace Jixiao.Documents.Import.Structure;

/// <summary>
/// A table row with its cells cleaned (<see cref="TextNormalizer"/>), from a reader's table or rebuilt from a table
/// exported one cell per line (<see cref="VerticalTable"/>).
/// </summary>
internal sealed record TableRow(IReadOnlyList<string> Cells, SourceLine Line)
{
    /// <summary>The cells as written, when they are not the line's own (a row merged with its continuation).</summary>
    public IReadOnlyList<string>? Raw { get; init; }

    /// <summary>Cell <paramref name="index"/> as the document writes it.</summary>
    public string RawCell(int index)
    {
        var raw = Raw ?? Line.Cells;
        return raw is not null && raw.Count == Cells.Count && index < raw.Count ? raw[index] : Cell(index);
    }

    public string Cell(int index) => index >= 0 && index < Cells.Count ? Cells[index] : "";

    /// <summary>The cell without spaces, as headers and labels are compared ("整体支出 年初预算 数" → "整体支出年初预算数").</summary>
    public string Compact(int index) => Words.Compact(Cell(index));

    /// <summary>The row as one line as the document writes it, for quotes in findings.</summary>
    public string Quote => Words.Clip(string.Join(" | ", (Raw ?? Line.Cells ?? Cells).Select(c => c.Trim()).Where(c => c.Length > 0)));
}
