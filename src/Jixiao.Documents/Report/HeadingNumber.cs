using System.Globalization;
using System.Text.RegularExpressions;

namespace Jixiao.Documents.Report;

/// <summary>
/// The numbering of official-document headings (GB/T 9704): 一、 then （一） then 1. then （1）. An outline's own
/// numbers are taken off and the headings numbered again by their place in the report, so leaving out a section
/// that has no content, or adding one the scheme requires, never leaves a gap. A title without a number (其他需要
/// 说明的问题) stays without one.
/// </summary>
internal static partial class HeadingNumber
{
    private const string Chinese = "一二三四五六七八九十";

    /// <summary>The title without its number, and whether it had one.</summary>
    public static (string Text, bool Numbered) Strip(string title)
    {
        var m = Prefix().Match(title);
        return m.Success ? (title[m.Length..].Trim(), true) : (title.Trim(), false);
    }

    /// <summary>"一、" for level 1 and ordinal 1, "（二）" for level 2 and 2, "3." for level 3, "（4）" below.</summary>
    public static string Of(int level, int ordinal) => level switch
    {
        1 => ChineseNumber(ordinal) + "、",
        2 => "（" + ChineseNumber(ordinal) + "）",
        3 => ordinal.ToString(CultureInfo.InvariantCulture) + ".",
        _ => "（" + ordinal.ToString(CultureInfo.InvariantCulture) + "）",
    };

    /// <summary>1 → 一, 10 → 十, 11 → 十一, 20 → 二十, 21 → 二十一.</summary>
    public static string ChineseNumber(int n)
    {
        if (n is < 1 or > 99)
            return n.ToString(CultureInfo.InvariantCulture);
        if (n <= 10)
            return Chinese[n - 1].ToString();
        var tens = n / 10;
        var ones = n % 10;
        return (tens == 1 ? "" : Chinese[tens - 1].ToString()) + "十" + (ones == 0 ? "" : Chinese[ones - 1].ToString());
    }

    [GeneratedRegex(@"^\s*(?:[一二三四五六七八九十]+\s*[、.．]|[（(]\s*[一二三四五六七八九十]+\s*[）)]|\d+\s*[.．、](?!\d)|[（(]\s*\d+\s*[）)])\s*")]
    private static partial Regex Prefix();
}
