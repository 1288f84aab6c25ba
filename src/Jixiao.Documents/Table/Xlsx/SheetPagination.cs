namespace Jixiao.Documents.Table.Xlsx;

/// <summary>
/// Where the printed 自评表 breaks pages: the rows are laid on A4 at the scale that fits the sheet to the page width,
/// and a page is broken before a block of rows (<see cref="SheetBuilder.Blocks"/>) that would not fit on what is left
/// of it, so a merged block, a task with its indicators, or 总分 with 评级 is never split. The column headers in force
/// (print titles) repeat at the top of the pages that follow them.
/// </summary>
internal static class SheetPagination
{
    /// <summary>A4 in points, less the margins <see cref="XlsxPackage"/> sets (0.59 in left/right, 0.79 in top/bottom).</summary>
    private const double PaperLong = 841.89;
    private const double PaperShort = 595.28;
    private const double MarginSides = 2 * 0.59 * 72;
    private const double MarginEnds = 2 * 0.79 * 72;

    /// <summary>Excel's default row height for 宋体 11.</summary>
    private const double DefaultRow = 14.25;

    /// <summary>The rows after which a page is broken.</summary>
    public static List<int> RowBreaks(SheetBuilder sheet)
    {
        var (width, height) = sheet.Landscape ? (PaperLong, PaperShort) : (PaperShort, PaperLong);
        // Column width in characters → points: (7 px per character + 5 px padding) at 96 dpi.
        var sheetWidth = sheet.ColumnWidths.Sum(w => ((w * 7) + 5) * 0.75);
        var scale = Math.Min(1, (width - MarginSides) / sheetWidth);
        var page = (height - MarginEnds) / scale;
        double Row(int r) => sheet.Heights.GetValueOrDefault(r, DefaultRow);

        var blocks = sheet.JoinedBlocks();
        var breaks = new List<int>();
        var used = 0.0;
        int? titles = null;
        for (var r = 1; r <= sheet.LastRow; r++)
        {
            var block = blocks.Where(b => b.First == r).Select(b => b.Last).DefaultIfEmpty(r).Max();
            var need = 0.0;
            for (var x = r; x <= block; x++)
                need += Row(x);
            if (used > 0 && used + need > page && need <= page - (titles is { } t ? Row(t) : 0))
            {
                breaks.Add(r - 1);
                used = titles is { } header && header < r ? Row(header) : 0;
            }
            used += Row(r);
            // A row taller than what is left still breaks before the next one.
            while (used > page)
                used -= page;
            if (sheet.HeaderRows.Contains(r))
                titles = r;
        }
        return breaks;
    }
}
