using System.Text.Json.Nodes;

namespace Jixiao.Documents.Tests.Import.Variants.Generator;

/// <summary>
/// Every amount in 元 instead of 万元, as many departments publish: amounts in sentences ("6,612.3 万元" →
/// "66,123,000.00 元"), the figures of money columns in tables (under 预算/执行数/资金 … headers, also in a table laid
/// out one cell per line), and the unit declarations ("单位：万元" → "单位：元"). Rates, scores and counts are left alone.
/// The truth keeps its amounts in 万元 (the import contract) and says the document's unit is 元. A document that rounds
/// a figure of its truth to 0.1 万元 or coarser (seed 000: 执行数 6,247.8) is left out: in 元 ("62,478,000.00") the
/// figure would claim a precision it never had, and parts that agreed with it within the rounding would not.
/// </summary>
internal sealed class YuanVariant : TextLayoutVariant
{
    public override string Name => "yuan";

    protected override string Missing => "the document is not in 万元";

    public override IReadOnlyList<string>? Lines(VariantSource source) =>
        source.Unit == "万元" ? Convert(source).Lines : null;

    public override string? NotApplicable(VariantSource source)
    {
        if (source.Unit != "万元")
            return Missing;
        var amounts = TruthAmounts(source).ToHashSet();
        var rounded = Convert(source).Converted.Where(n => n.Decimals < 2 && amounts.Contains(n.Value)).Select(n => n.Value).Distinct().ToList();
        return rounded.Count > 0 ? $"figures rounded coarser than 0.01 万元 ({string.Join("、", rounded)}) would gain a precision in 元 they do not have" : base.NotApplicable(source);
    }

    private static (string[] Lines, List<WrittenNumber> Converted) Convert(VariantSource source)
    {
        var converted = new List<WrittenNumber>();
        var lines = source.RawLines.ToList();
        foreach (var table in source.Tables)
            ConvertTable(source, table, lines, converted);
        VerticalTables.Convert(source, lines, converted);
        // As one text, so an amount whose 万 and 元 a line break separates (seed 003) is found too.
        return (YuanAmounts.InText(string.Join('\n', lines), converted).Split('\n'), converted);
    }

    /// <summary>The amounts (万元) the truth states: budget, spent, funds received, carry-over, 三公.</summary>
    private static IEnumerable<decimal> TruthAmounts(VariantSource source)
    {
        foreach (var group in new[] { "budget", "spent", "threePublic" })
        {
            if (source.Truth[group] is JsonObject figures)
            {
                foreach (var (_, value) in figures)
                {
                    if (value is not null)
                        yield return value.GetValue<decimal>();
                }
            }
        }
        foreach (var name in new[] { "fundsReceived", "carryover" })
        {
            if (source.Truth[name] is { } value)
                yield return value.GetValue<decimal>();
        }
    }

    public override JsonObject Truth(VariantSource source, string fileName)
    {
        var truth = base.Truth(source, fileName);
        truth["unit"] = "元";
        return truth;
    }

    /// <summary>
    /// A header row names the money columns of the rows under it, until the next header row: a row without figures
    /// that names money, or has three or more cells and no digit at all (一级指标 | 二级指标 | …).
    /// </summary>
    private static void ConvertTable(VariantSource source, IReadOnlyList<int> table, List<string> lines, ICollection<WrittenNumber> converted)
    {
        var money = new HashSet<int>();
        foreach (var index in table)
        {
            var cells = source.Lines[index].Cells!.ToList();
            var numbers = cells.Select(WrittenNumber.Parse).ToList();
            if (numbers.All(n => n is null) && (cells.Any(YuanAmounts.IsMoneyHeader) || (cells.Count(c => c.Length > 0) >= 3 && !cells.Any(c => c.Any(char.IsDigit)))))
            {
                money = [.. Enumerable.Range(0, cells.Count).Where(c => YuanAmounts.IsMoneyHeader(cells[c]))];
                continue;
            }
            var changed = false;
            for (var c = 0; c < cells.Count; c++)
            {
                if (money.Contains(c) && numbers[c] is { Percent: false } number)
                {
                    cells[c] = YuanAmounts.Yuan(number, converted);
                    changed = true;
                }
            }
            if (changed)
                lines[index] = source.RowText(index, cells);
        }
    }
}
