using System.Globalization;
using System.Text.RegularExpressions;

namespace Jixiao.Documents.Tests.Import.Variants.Generator;

/// <summary>Amounts in 万元 rewritten in 元: the value × 10000 with thousands separators and two decimals ("12,345,678.90").</summary>
internal static partial class YuanAmounts
{
    private static readonly string[] MoneyWords = ["预算", "执行数", "支出", "资金", "决算", "金额", "拨款", "结转", "结余"];
    private static readonly string[] NotMoneyWords = ["率", "分", "指标", "比例", "人数", "数量"];

    /// <summary>The amount in 元; <paramref name="converted"/> collects every amount converted.</summary>
    public static string Yuan(WrittenNumber number, ICollection<WrittenNumber> converted)
    {
        converted.Add(number);
        return (number.Value * 10000m).ToString("#,##0.00", CultureInfo.InvariantCulture);
    }

    /// <summary>
    /// Every "N 万元" (also "N余万元", "N 万 元", full-width N, and "N 万" at a line end with "元" on the next line) as
    /// "N×10000 元", then every other 万元 (a unit declaration) as 元. Line breaks stay where they were.
    /// </summary>
    public static string InText(string text, ICollection<WrittenNumber> converted)
    {
        text = AmountInWanYuan().Replace(text, m => Yuan(WrittenNumber.Parse(m.Groups["number"].Value)!, converted) + m.Groups["space"].Value + m.Groups["about"].Value + m.Groups["gap"].Value + "元");
        return WanYuan().Replace(text, "$1元");
    }

    /// <summary>A column header under which the figures are amounts: it names money and no rate, score or count.</summary>
    public static bool IsMoneyHeader(string header)
    {
        var compact = string.Concat(header.Where(c => !char.IsWhiteSpace(c)));
        return MoneyWords.Any(w => compact.Contains(w, StringComparison.Ordinal)) && !NotMoneyWords.Any(w => compact.Contains(w, StringComparison.Ordinal));
    }

    [GeneratedRegex(@"(?<![0-9０-９.．,，])(?<number>[-－]?(?:[0-9０-９]{1,3}(?:[,，][0-9０-９]{3})+|[0-9０-９]+)(?:[.．]\s?[0-9０-９]+)?)(?<space>\s*)(?<about>余?)\s*万(?<gap>\s*)元")]
    private static partial Regex AmountInWanYuan();

    [GeneratedRegex(@"万(\s*)元")]
    private static partial Regex WanYuan();
}
