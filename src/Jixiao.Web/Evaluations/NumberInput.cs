using System.Globalization;
using System.Text;

namespace Jixiao.Web.Evaluations;

/// <summary>Numbers as people type them: 6,612.30, ６６１２．３, 94.5% — read to a decimal, or a Chinese reason why not.</summary>
public static class NumberInput
{
    public static string? Format(decimal? value) => value?.ToString(CultureInfo.InvariantCulture);

    public static string? Format(int? value) => value?.ToString(CultureInfo.InvariantCulture);

    /// <summary>Null and no error for an empty field; the value, or an error saying what to type.</summary>
    public static (decimal? Value, string? Error) Parse(string? text, bool percent = false)
    {
        if (string.IsNullOrWhiteSpace(text))
            return (null, null);
        var clean = new StringBuilder(text.Length);
        foreach (var c in text.Trim())
        {
            var h = c switch
            {
                >= '０' and <= '９' => (char)(c - '０' + '0'),
                '．' => '.',
                '－' or '−' => '-',
                '％' => '%',
                _ => c,
            };
            if (h is ',' or '，' or ' ' or '\u3000')
                continue;
            clean.Append(h);
        }
        var s = clean.ToString();
        if (percent && s.EndsWith('%'))
            s = s[..^1];
        if (s.Length > 30 || !decimal.TryParse(s, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var value))
            return (null, percent ? "请填写数字（百分数不含 % 亦可），如 94.5" : "请填写数字，如 6612.3");
        return (value, null);
    }
}
