namespace Jixiao.Documents.Report;

/// <summary>
/// Column widths of a table from its content: each column first gets its share of the width, then every column
/// is widened to hold its longest number or Latin word on one line (so "99.98" never breaks as "99.9/8") and at
/// least two Chinese characters, the room taken from columns with text to spare.
/// </summary>
internal static class ColumnWidths
{
    /// <param name="total">The width to fill, in points.</param>
    /// <param name="size">The font size of the cells, in points.</param>
    /// <param name="padding">Left plus right cell padding, in points.</param>
    public static double[] Fit(ReportTable table, double total, double size, double padding)
    {
        var n = table.Columns.Count;
        var share = table.Columns.Sum(c => c.Width);
        var widths = table.Columns.Select(c => total * c.Width / share).ToArray();
        // First what must not break (numbers, words), then what reads better whole (a label of a few characters).
        var hard = new double[n];
        var soft = new double[n];
        for (var i = 0; i < n; i++)
            hard[i] = soft[i] = (2 * size) + padding;
        foreach (var row in table.Rows)
        {
            for (var i = 0; i < n; i++)
            {
                if (row.Cells[i] is not { ColSpan: 1 } cell)
                    continue;
                hard[i] = Math.Max(hard[i], (LongestWord(cell.Text) * size) + padding);
                var whole = cell.Text.Sum(Em);
                if (whole <= ShortLabel)
                    soft[i] = Math.Max(soft[i], (whole * size) + padding);
            }
        }
        Widen(widths, hard);
        Widen(widths, soft.Select((s, i) => Math.Max(s, hard[i])).ToArray());
        return widths;
    }

    /// <summary>Cell texts up to this many ems are kept on one line when the table has room.</summary>
    private const double ShortLabel = 7.5;

    /// <summary>Widens columns to their need, as far as the other columns' spare room allows; the total stays the same.</summary>
    private static void Widen(double[] widths, double[] need)
    {
        var deficit = widths.Select((w, i) => Math.Max(0, need[i] - w)).Sum();
        var slack = widths.Select((w, i) => Math.Max(0, w - need[i])).Sum();
        if (deficit <= 0 || slack <= 0)
            return;
        var take = Math.Min(1, slack / deficit);
        var give = Math.Min(1, deficit / slack);
        for (var i = 0; i < widths.Length; i++)
        {
            if (widths[i] < need[i])
                widths[i] += (need[i] - widths[i]) * take;
            else
                widths[i] -= (widths[i] - need[i]) * give;
        }
    }

    /// <summary>The widest run that cannot break (digits, Latin letters and their punctuation), in ems.</summary>
    public static double LongestWord(string text)
    {
        double longest = 0, run = 0;
        foreach (var c in text)
        {
            if (c < 0x2000 && !char.IsWhiteSpace(c))
            {
                run += Em(c);
                longest = Math.Max(longest, run);
            }
            else
            {
                run = 0;
            }
        }
        return longest;
    }

    /// <summary>Approximate advance in ems: digits and Latin about half a Chinese character.</summary>
    public static double Em(char c) => c >= 0x2E80 ? 1.0 : c is '%' or 'M' or 'W' or 'm' or 'w' ? 0.85 : 0.55;
}
