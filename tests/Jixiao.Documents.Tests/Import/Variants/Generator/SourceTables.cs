using Jixiao.Documents.Import;

namespace Jixiao.Documents.Tests.Import.Variants.Generator;

/// <summary>
/// The tables of a document as the reader numbered them: a run of rows whose <see cref="SourceLine.TableRow"/> counts
/// up from 1. Blank lines and Markdown rules between rows do not end a table (the text reader keeps it going).
/// </summary>
internal static class SourceTables
{
    public static IReadOnlyList<IReadOnlyList<int>> Of(IReadOnlyList<SourceLine> lines)
    {
        var tables = new List<IReadOnlyList<int>>();
        List<int>? current = null;
        var last = 0;
        for (var i = 0; i < lines.Count; i++)
        {
            if (lines[i].TableRow is not { } row)
                continue;
            if (current is null || row <= last)
            {
                current = [];
                tables.Add(current);
            }
            current.Add(i);
            last = row;
        }
        return tables;
    }

    /// <summary>The cells of each row of a table, every row padded with empty cells to the widest.</summary>
    public static List<List<string>> Grid(IReadOnlyList<SourceLine> lines, IReadOnlyList<int> table)
    {
        var width = table.Max(i => lines[i].Cells!.Count);
        return [.. table.Select(i => lines[i].Cells!.Concat(Enumerable.Repeat("", width - lines[i].Cells!.Count)).ToList())];
    }
}
