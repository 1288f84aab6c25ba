using System.Text.RegularExpressions;

namespace Jixiao.Documents.Tests.Import.Variants.Generator;

/// <summary>
/// The money table turned a quarter: where the document has measures as column headers (年初预算数, 全年预算数,
/// 执行数 …) over rows of sources (合计, 一般公共预算 …), the sources become the column headers and each measure a
/// row — the other layout published forms use. Group cells to the left (部门资金情况) move into the header row.
/// </summary>
internal sealed partial class TransposedFundsVariant : TextLayoutVariant
{
    public override string Name => "transposed-funds";

    protected override string Missing => "no money table (年初预算/全年预算/执行数 as column headers over rows of figures)";

    public override IReadOnlyList<string>? Lines(VariantSource source)
    {
        var replaced = new Dictionary<int, List<string>>();
        foreach (var table in source.Tables)
        {
            var grid = SourceTables.Grid(source.Lines, table);
            if (MoneyBlock(grid) is not { } block)
                continue;
            var transposed = Transpose(grid, block);
            replaced[table[block.Header]] = [.. transposed.Select(cells => source.RowText(table[block.Header], cells))];
            for (var r = block.Header + 1; r <= block.LastData; r++)
                replaced[table[r]] = [];
        }
        if (replaced.Count == 0)
            return null;
        return [.. source.RawLines.SelectMany((line, i) => replaced.TryGetValue(i, out var lines) ? lines : [line])];
    }

    /// <summary>A header row naming two or more measures, the rows of figures under it, and the column of row labels.</summary>
    private sealed record Block(int Header, int LastData, int LabelColumn);

    private static Block? MoneyBlock(List<List<string>> grid)
    {
        for (var h = 0; h < grid.Count - 1; h++)
        {
            var header = grid[h];
            if (header.Any(IsNumber) || header.Count(c => Measure().IsMatch(Compact(c))) < 2)
                continue;
            var last = h;
            while (last + 1 < grid.Count && grid[last + 1].Any(IsNumber))
                last++;
            var firstMeasure = header.FindIndex(c => Measure().IsMatch(Compact(c)));
            var label = header.FindLastIndex(firstMeasure - 1 < 0 ? 0 : firstMeasure - 1, c => c.Length > 0);
            if (last > h && label >= 0 && firstMeasure > 0)
                return new Block(h, last, label);
        }
        return null;
    }

    private static List<List<string>> Transpose(List<List<string>> grid, Block block)
    {
        var rows = grid.Skip(block.Header).Take(block.LastData - block.Header + 1).ToList();
        var data = rows.Skip(1).ToList();
        var groups = Enumerable.Range(0, block.LabelColumn).Select(g => rows.Select(r => r[g]).FirstOrDefault(c => c.Length > 0) ?? "").ToList();
        var measures = Enumerable.Range(block.LabelColumn + 1, rows[0].Count - block.LabelColumn - 1).Where(j => rows.Any(r => r[j].Length > 0));
        var header = new List<string>(groups) { rows[0][block.LabelColumn] };
        header.AddRange(data.Select(r => r[block.LabelColumn]));
        List<List<string>> result = [header];
        foreach (var j in measures)
        {
            var row = new List<string>(groups.Select(_ => "")) { rows[0][j] };
            row.AddRange(data.Select(r => r[j]));
            result.Add(row);
        }
        return result;
    }

    private static bool IsNumber(string cell) => WrittenNumber.Parse(cell) is not null;

    private static string Compact(string cell) => string.Concat(cell.Where(c => !char.IsWhiteSpace(c)));

    [GeneratedRegex("年初预算|全年预算|预算数|调整数|执行数|实际支出|支出数|决算数")]
    private static partial Regex Measure();
}
