using System.Globalization;

namespace Jixiao.Documents.Import.Extraction;

/// <summary>Amounts to 万元, the model's unit, keeping every written decimal (元 ÷ 10000 is exact).</summary>
internal static class Money
{
    public const string Wan = "万元";
    public const string Yuan = "元";

    public static bool IsUnit(string unit) => unit is Wan or Yuan or "亿元";

    public static decimal ToWan(decimal value, string unit) => unit switch
    {
        Yuan => value * 0.0001m,
        "亿元" => value * 10000m,
        _ => value,
    };

    /// <summary>
    /// The same value without trailing zeros: 元 ÷ 10000 gives 3521.840000, which was written as 3521.84.
    /// (Dividing by a one with many zeros is how decimal drops them.)
    /// </summary>
    public static decimal WithoutTrailingZeros(decimal value) => value / 1.000000000000000000000000000000000m;

    /// <summary>A plain decimal as written ("94.5" keeps one place: the audit rounds to it).</summary>
    public static bool TryParse(string text, out decimal value) =>
        decimal.TryParse(text, NumberStyles.AllowDecimalPoint | NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out value);
}
