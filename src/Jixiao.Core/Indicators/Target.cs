using System.Globalization;
using System.Text;

namespace Jixiao.Core.Indicators;

/// <summary>
/// An indicator's 年度指标值 or 实际完成值 as written ("≥95%", "≤3.5万元/个", "2辆", "800 m²", "0起", "提升"),
/// split into direction, number and unit. A bare number without a sign is read as ≥ except for counts of bad
/// events (事故, 投诉 …) and costs, which the indicator's own text decides (see <see cref="Indicator"/>).
/// </summary>
public sealed record Target(string Text, Direction Direction, decimal? Value, string Unit, bool HasExplicitSign)
{
    public bool IsQuantitative => Value is not null;

    public static Target Parse(string? text)
    {
        var raw = (text ?? "").Trim();
        var s = Normalize(raw);
        var direction = Direction.AtLeast;
        var explicitSign = true;
        if (s.StartsWith(">=", StringComparison.Ordinal) || s.StartsWith('≥') || s.StartsWith("不少于", StringComparison.Ordinal) || s.StartsWith("不低于", StringComparison.Ordinal))
            direction = Direction.AtLeast;
        else if (s.StartsWith("<=", StringComparison.Ordinal) || s.StartsWith('≤') || s.StartsWith("不超过", StringComparison.Ordinal) || s.StartsWith("不高于", StringComparison.Ordinal) || s.StartsWith("控制在", StringComparison.Ordinal))
            direction = Direction.AtMost;
        else if (s.StartsWith('=') || s.StartsWith("等于", StringComparison.Ordinal))
            direction = Direction.Exactly;
        else if (s.StartsWith('>') || s.StartsWith('＞'))
            direction = Direction.AtLeast;
        else if (s.StartsWith('<') || s.StartsWith('＜'))
            direction = Direction.AtMost;
        else
            explicitSign = false;

        var (value, unit) = ReadNumber(s);
        if (value is null)
            return new Target(raw, Direction.Qualitative, null, "", false);
        if (!explicitSign && value == 0m)
            direction = Direction.AtMost; // "0起", "0次": zero targets are ceilings on bad events
        return new Target(raw, direction, value, unit, explicitSign);
    }

    /// <summary>Folds full-width forms and removes spaces so "≥ 95 ％" reads as "≥95%".</summary>
    internal static string Normalize(string s)
    {
        if (!NeedsFolding(s))
            return s;
        var sb = new StringBuilder(s.Length);
        foreach (var c in s.Normalize(NormalizationForm.FormKC))
        {
            if (!char.IsWhiteSpace(c))
                sb.Append(c);
        }
        return sb.ToString();
    }

    /// <summary>Whitespace, full-width forms (FF00–FFEF) and CJK compatibility units (㎡, 3300–33FF) need NFKC.</summary>
    private static bool NeedsFolding(string s)
    {
        foreach (var c in s)
        {
            if (char.IsWhiteSpace(c) || c is >= '\uFF00' and <= '\uFFEF' or >= '\u3300' and <= '\u33FF' or '\u00B2' or '\u00B3')
                return true;
        }
        return false;
    }

    private static (decimal? Value, string Unit) ReadNumber(string s)
    {
        var start = -1;
        for (var i = 0; i < s.Length; i++)
        {
            if (char.IsAsciiDigit(s[i]))
            {
                start = i;
                break;
            }
        }
        if (start < 0)
            return (null, "");
        var end = start;
        while (end < s.Length && (char.IsAsciiDigit(s[end]) || s[end] == '.' || s[end] == ','))
            end++;
        var number = s[start..end].Replace(",", "", StringComparison.Ordinal).TrimEnd('.');
        if (!decimal.TryParse(number, NumberStyles.Number, CultureInfo.InvariantCulture, out var value))
            return (null, "");
        if (start > 0 && s[start - 1] == '-')
            value = -value;
        return (value, s[end..]);
    }
}
