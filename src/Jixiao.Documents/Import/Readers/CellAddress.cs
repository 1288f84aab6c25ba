namespace Jixiao.Documents.Import.Readers;

/// <summary>An A1-style cell reference as 1-based row and column numbers ("AB12" → row 12, column 28).</summary>
internal readonly record struct CellAddress(int Row, int Column)
{
    /// <summary>Excel's own limits; anything outside comes from a damaged or hostile file.</summary>
    public static bool IsValid(int row, int column) => row is >= 1 and <= 1_048_576 && column is >= 1 and <= 16_384;

    public static CellAddress Parse(string reference)
    {
        var column = 0;
        var row = 0;
        foreach (var c in reference)
        {
            if (column > 16_384 || row > 1_048_576)
            {
                return new CellAddress(0, 0);
            }

            if (char.IsAsciiLetter(c))
            {
                column = (column * 26) + (char.ToUpperInvariant(c) - 'A' + 1);
            }
            else if (char.IsAsciiDigit(c))
            {
                row = (row * 10) + (c - '0');
            }
        }

        return new CellAddress(row, column);
    }
}
