using System.Buffers;
using System.Text;
using System.Text.RegularExpressions;

namespace Jixiao.Documents.Import;

/// <summary>
/// Cleans a line of imported text so figures can be read: numbers become plain ASCII ("６２１１．８９" → "6211.89",
/// "6211. 89" → "6211.89", "6,612.3" → "6612.3", "８９．３１％" → "89.31%"), conversion artefacts and invisible
/// characters go. Chinese punctuation that carries meaning stays: （）for headings such as "（一）", and ，：；！？
/// alongside 、。“” which have no ASCII twin. Tabs are kept: they separate cells. A pure function.
/// </summary>
public static partial class TextNormalizer
{
    /// <summary>Full-width forms kept as they are (they are Chinese punctuation, not full-width ASCII).</summary>
    private const string KeptFullWidth = "（），：；！？";

    public static string Normalize(string text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return text ?? "";
        }

        // Every line and cell of every document comes through here, and most need few of the steps: each step runs
        // only when the text has the character its pattern cannot match without.
        var result = text.Contains('[') ? Bookmark().Replace(text, "") : text;
        if (result.AsSpan().IndexOfAny(Cleaned) >= 0)
            result = Characters(result);

        // OCR puts a space after the decimal point: "6211. 89", "89. 31%", "-86. 20". Only one or two digits may
        // follow, the decimals of money and rates, so a list number before a year ("1. 2021年") is left alone.
        if (result.Contains(". ", StringComparison.Ordinal))
            result = DecimalGap().Replace(result, "$1.$2");
        if (result.Contains(" %", StringComparison.Ordinal))
            result = SpaceBeforePercent().Replace(result, "$1%");

        // Thousands separators: ASCII commas in any number grouped by threes; the Chinese comma only when the
        // number has decimals ("1，234.5"), because "100，200，300" is more likely a list than one number.
        if (result.Contains(','))
            result = Thousands().Replace(result, m => m.Value.Replace(",", "", StringComparison.Ordinal));
        if (result.Contains('，'))
            result = ChineseThousands().Replace(result, m => m.Value.Replace("，", "", StringComparison.Ordinal));
        return result;
    }

    /// <summary>The characters <see cref="Characters"/> changes.</summary>
    private static readonly SearchValues<char> Cleaned = SearchValues.Create(
        string.Concat(Enumerable.Range(0xFF01, 0xFF5E - 0xFF01 + 1).Select(c => (char)c).Where(c => !KeptFullWidth.Contains(c)))
        + "\u3000\u00A0\u2007\u202F\u200B\u200C\u200D\u2060\uFEFF\u00AD\u2212");

    /// <summary>Full-width ASCII to ASCII, odd spaces to spaces, invisible characters removed.</summary>
    private static string Characters(string text)
    {
        var builder = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            switch (c)
            {
                case >= '\uFF01' and <= '\uFF5E' when !KeptFullWidth.Contains(c):
                    builder.Append((char)(c - 0xFEE0));
                    break;
                case '\u3000' or '\u00A0' or '\u2007' or '\u202F':
                    builder.Append(' ');
                    break;
                case '\u200B' or '\u200C' or '\u200D' or '\u2060' or '\uFEFF' or '\u00AD':
                    break;
                case '\u2212':
                    builder.Append('-');
                    break;
                default:
                    builder.Append(c);
                    break;
            }
        }

        return builder.ToString();
    }

    /// <summary>Word bookmarks as pandoc and similar converters write them: "[bookmark: _GoBack]".</summary>
    [GeneratedRegex(@"\[bookmark:[^\]\r\n]*\]", RegexOptions.IgnoreCase)]
    private static partial Regex Bookmark();

    [GeneratedRegex(@"(\d)\. +(\d{1,2})(?!\d)")]
    private static partial Regex DecimalGap();

    [GeneratedRegex(@"(\d) +%")]
    private static partial Regex SpaceBeforePercent();

    [GeneratedRegex(@"(?<![\d.])\d{1,3}(?:,\d{3})+(?![\d,])")]
    private static partial Regex Thousands();

    [GeneratedRegex(@"(?<![\d.])\d{1,3}(?:，\d{3})+(?=\.\d)")]
    private static partial Regex ChineseThousands();
}
