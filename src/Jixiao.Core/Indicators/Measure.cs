using System.Globalization;

namespace Jixiao.Core.Indicators;

/// <summary>Finds the number in an actual value written as a phrase ("垃圾分类率 100%,按…" → 100 when the unit is %).</summary>
public static class Measure
{
    /// <summary>
    /// The value of <paramref name="text"/> in <paramref name="unit"/>: the whole text when it is a bare number,
    /// else the last number followed by the unit. Years and other numbers in a sentence are not mistaken for it.
    /// </summary>
    public static decimal? ValueIn(string? text, string unit)
    {
        if (string.IsNullOrWhiteSpace(text))
            return null;
        var parsed = Target.Parse(text);
        if (parsed.Value is { } whole && (parsed.Unit.Length == 0 || SameUnit(parsed.Unit, unit)) && LooksBare(text))
            return whole;
        if (unit.Length == 0)
            return null;
        var s = Target.Normalize(text);
        decimal? found = null;
        for (var i = 0; i < s.Length; i++)
        {
            if (!char.IsAsciiDigit(s[i]) || (i > 0 && (char.IsAsciiDigit(s[i - 1]) || s[i - 1] == '.')))
                continue;
            var end = i;
            while (end < s.Length && (char.IsAsciiDigit(s[end]) || s[end] == '.' || s[end] == ','))
                end++;
            if (SameUnit(s[end..], unit) && decimal.TryParse(s[i..end].Replace(",", "", StringComparison.Ordinal), NumberStyles.Number, CultureInfo.InvariantCulture, out var v))
                found = v;
        }
        return found;
    }

    private static bool LooksBare(string text) => Target.Normalize(text).Length <= 16;

    private static bool SameUnit(string rest, string unit) =>
        unit.Length > 0 && rest.StartsWith(unit, StringComparison.Ordinal);
}
