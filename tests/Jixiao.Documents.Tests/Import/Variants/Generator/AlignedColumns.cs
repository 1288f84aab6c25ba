using System.Text;

namespace Jixiao.Documents.Tests.Import.Variants.Generator;

/// <summary>
/// Table rows laid out as a fixed-width text table: each column starts where the widest of its cells leaves room,
/// cells separated by at least <see cref="Gap"/> columns of padding. A cell far wider than the rest (a paragraph in a
/// form's 年度目标 row) does not widen its column; the cells after it move right, as a saved text file has them.
/// </summary>
internal sealed class AlignedColumns(char pad, int gap)
{
    /// <summary>Cells wider than this (display columns) are left out when the column widths are measured.</summary>
    private const int WidestMeasured = 40;

    public int Gap { get; } = gap;

    public IReadOnlyList<string> Layout(IReadOnlyList<IReadOnlyList<string>> rows)
    {
        var cells = rows.Select(r => r.Select(Clean).ToList()).ToList();
        var columns = cells.Max(r => r.Count);
        var starts = new int[columns];
        for (var c = 1; c < columns; c++)
        {
            var widest = cells.Where(r => c - 1 < r.Count).Select(r => DisplayWidth.Of(r[c - 1])).Where(w => w <= WidestMeasured).DefaultIfEmpty(0).Max();
            starts[c] = Even(starts[c - 1] + widest + Gap);
        }
        return [.. cells.Select(row => Line(row, starts))];
    }

    private string Line(List<string> row, int[] starts)
    {
        var line = new StringBuilder();
        var position = 0;
        var last = row.FindLastIndex(c => c.Length > 0);
        for (var c = 0; c <= last; c++)
        {
            if (row[c].Length == 0)
                continue;
            var target = line.Length == 0 ? starts[c] : Math.Max(starts[c], position + Gap);
            position += Pad(line, target - position);
            line.Append(row[c]);
            position += DisplayWidth.Of(row[c]);
        }
        return line.ToString();
    }

    /// <summary>Appends padding at least <paramref name="width"/> columns wide; returns the columns it took.</summary>
    private int Pad(StringBuilder line, int width)
    {
        var each = DisplayWidth.Of(pad);
        var count = (width + each - 1) / each;
        line.Append(pad, count);
        return count * each;
    }

    /// <summary>Column starts on even columns, so ideographic-space padding (two columns each) lands on them.</summary>
    private int Even(int column) => DisplayWidth.Of(pad) == 2 && column % 2 == 1 ? column + 1 : column;

    /// <summary>A cell on one line with single spaces inside, so only the padding has runs of blanks.</summary>
    private static string Clean(string cell) => string.Join(' ', cell.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
}
