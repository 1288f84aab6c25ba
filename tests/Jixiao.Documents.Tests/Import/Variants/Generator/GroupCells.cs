using Jixiao.Documents.Import;

namespace Jixiao.Documents.Tests.Import.Variants.Generator;

/// <summary>
/// A header cell over a group of columns (资金来源 | 一般公共预算 | 政府性基金, written on one row as Henan's form has it):
/// it names no column of figures, so the header has a cell more than the rows under it. The text keeps it as written;
/// a drawn table (aligned text, Word, PDF) has one name over each column.
/// </summary>
internal static class GroupCells
{
    /// <summary>
    /// The lines with each table row that is wider than the row under it by its group cells given without them: the
    /// header as a drawn table shows it, one name over each column of figures. Other lines are left as they are.
    /// </summary>
    public static IReadOnlyList<SourceLine> Aligned(IReadOnlyList<SourceLine> lines)
    {
        var aligned = lines.ToList();
        for (var i = 0; i + 1 < lines.Count; i++)
        {
            if (lines[i].Cells is { } header && lines[i + 1].Cells is { } row && lines[i + 1].TableRow > lines[i].TableRow
                && header.Count > row.Count && header.Where(c => !IsGroup(c)).ToList() is { } parts && parts.Count == row.Count)
                aligned[i] = lines[i] with { Cells = parts };
        }
        return aligned;
    }

    private static bool IsGroup(string cell) => string.Concat(cell.Where(c => !char.IsWhiteSpace(c))) is "资金来源" or "其中" or "按资金来源分";
}
