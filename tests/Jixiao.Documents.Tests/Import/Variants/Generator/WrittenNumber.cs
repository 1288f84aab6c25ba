using System.Globalization;
using System.Text.RegularExpressions;

namespace Jixiao.Documents.Tests.Import.Variants.Generator;

/// <summary>
/// A number as documents write it: ASCII or full-width digits, thousands separators, an OCR gap after the point
/// ("6211. 89"), an optional sign and percent sign.
/// </summary>
internal sealed partial record WrittenNumber(decimal Value, int Decimals, bool Percent)
{
    /// <summary>The whole of <paramref name="text"/> (trimmed) as a number, or null.</summary>
    public static WrittenNumber? Parse(string text)
    {
        var ascii = Ascii(text.Trim());
        var match = Whole().Match(ascii);
        if (!match.Success)
            return null;
        var digits = match.Groups["number"].Value.Replace(",", "", StringComparison.Ordinal).Replace(" ", "", StringComparison.Ordinal);
        var decimals = digits.Contains('.') ? digits.Length - digits.IndexOf('.') - 1 : 0;
        return new WrittenNumber(decimal.Parse(digits, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture), decimals, match.Groups["percent"].Success);
    }

    /// <summary>Full-width digits and number punctuation as ASCII (１，２３４．５６％ → 1,234.56%).</summary>
    public static string Ascii(string text) =>
        string.Concat(text.Select(c => c switch
        {
            >= '０' and <= '９' => (char)(c - '０' + '0'),
            '．' => '.',
            '，' => ',',
            '－' => '-',
            '％' => '%',
            _ => c,
        }));

    [GeneratedRegex(@"^(?<number>-?(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\s?\d+)?)(?<percent>%)?$")]
    private static partial Regex Whole();
}
