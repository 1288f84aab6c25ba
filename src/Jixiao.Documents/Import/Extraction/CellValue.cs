using Jixiao.Documents.Import.Structure;

namespace Jixiao.Documents.Import.Extraction;

/// <summary>A table cell read as a number: "6211.89", "89.31%", "—" (nothing).</summary>
internal static class CellValue
{
    public static decimal? Number(string cell)
    {
        var c = Words.Compact(cell).TrimEnd('%');
        return c.Length > 0 && Cells.IsNumber(c) && Money.TryParse(c, out var v) ? v : null;
    }
}
