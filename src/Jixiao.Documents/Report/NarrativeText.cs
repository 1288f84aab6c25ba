using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace Jixiao.Documents.Report;

/// <summary>
/// The department's own text as an official document sets it, its words unchanged: no spaces between Chinese and
/// digits ("2022 年度" → "2022年度"), Chinese punctuation beside Chinese text ("20人,编制" → "20人，编制",
/// "(1)负责" → "（1）负责", "\"建章立制\"" → "“建章立制”"), and amounts in 万元 or 元 in the documents' one amount format ("6612.3 万元" →
/// "6,612.30万元"), and a rate the evaluation computes shown at the documents' precision ("94.5%" → "94.49%"); a rate
/// that does not round to the computed one stays as written.
/// </summary>
internal static partial class NarrativeText
{
    /// <summary>A rate word, a few characters, then a percentage: "执行率94.5%", "完成预算的 99.8%".</summary>
    [GeneratedRegex(@"(?<word>执行率|完成率|调整率|完成预算的|完成预算数的|完成年度预算的|控制率)(?<gap>[^%\d。；;]{0,8}?)(?<n>-?\d+(?:\.\d+)?)%")]
    private static partial Regex StatedRate();

    public static IEnumerable<string> Paragraphs(string text, DocumentNumbers numbers) =>
        text.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Select(p => Normalize(p, numbers)).Where(p => p.Length > 0);

    public static string Normalize(string text, DocumentNumbers numbers)
    {
        var s = SpaceBesideChinese().Replace(text.Trim(), "");
        s = Amount().Replace(s, m => Reformat(m, numbers));
        if (numbers.KnownRates.Count > 0)
            s = StatedRate().Replace(s, m => Restate(m, numbers));
        var sb = new StringBuilder(s.Length);
        var quoteOpen = false;
        for (var i = 0; i < s.Length; i++)
        {
            var c = s[i];
            if (c == '"')
            {
                // Straight quotes in Chinese text pair up as “ ”.
                sb.Append(quoteOpen ? '”' : '“');
                quoteOpen = !quoteOpen;
                continue;
            }
            var prevDigit = i > 0 && char.IsAsciiDigit(s[i - 1]);
            var nextDigit = i + 1 < s.Length && char.IsAsciiDigit(s[i + 1]);
            sb.Append(c switch
            {
                ',' when !(prevDigit && nextDigit) => '，',
                ';' => '；',
                ':' when !(prevDigit && nextDigit) => '：',
                '?' => '？',
                '!' => '！',
                '(' when ChineseInside(s, i) => '（',
                ')' when ChineseInsideBefore(s, i) => '）',
                _ => c,
            });
        }
        return sb.ToString();
    }

    private static string Reformat(Match m, DocumentNumbers numbers)
    {
        var digits = m.Groups["n"].Value.Replace(",", "", StringComparison.Ordinal);
        return decimal.TryParse(digits, NumberStyles.Number, CultureInfo.InvariantCulture, out var value)
            ? numbers.Amount(value) + m.Groups["u"].Value
            : m.Value;
    }

    /// <summary>
    /// "执行率94.5%" where the computed rate is 94.49%: the same figure at the documents' precision, so a rate reads the
    /// same in the body, the 附表 and the 自评表. A rate the computation does not round to is the department's, left as
    /// written (the audit reports it).
    /// </summary>
    private static string Restate(Match m, DocumentNumbers numbers)
    {
        if (!decimal.TryParse(m.Groups["n"].Value, NumberStyles.Number, CultureInfo.InvariantCulture, out var stated))
            return m.Value;
        var written = m.Groups["n"].Value.Contains('.', StringComparison.Ordinal) ? m.Groups["n"].Value.Length - m.Groups["n"].Value.IndexOf('.', StringComparison.Ordinal) - 1 : 0;
        if (written >= numbers.Precision.Rates)
            return m.Value;
        foreach (var rate in numbers.KnownRates)
        {
            if (Math.Round(rate.Percent, written, MidpointRounding.AwayFromZero) == stated)
                return m.Groups["word"].Value + m.Groups["gap"].Value + numbers.Rate(rate);
        }
        return m.Value;
    }

    /// <summary>Whether the bracket opened at <paramref name="at"/> holds Chinese before it closes (a short look ahead).</summary>
    private static bool ChineseInside(string s, int at)
    {
        for (var i = at + 1; i < s.Length && i < at + 40; i++)
        {
            if (s[i] is ')' or '）')
                return IsChinese(s, at + 1, i) || (at > 0 && IsChinese(s[at - 1]));
        }
        return false;
    }

    private static bool ChineseInsideBefore(string s, int at)
    {
        for (var i = at - 1; i >= 0 && i > at - 40; i--)
        {
            if (s[i] is '(' or '（')
                return IsChinese(s, i + 1, at) || (i > 0 && IsChinese(s[i - 1]));
        }
        return false;
    }

    private static bool IsChinese(string s, int from, int to)
    {
        for (var i = from; i < to; i++)
        {
            if (IsChinese(s[i]))
                return true;
        }
        return false;
    }

    private static bool IsChinese(char c) => c >= 0x2E80;

    [GeneratedRegex(@"(?<=[\p{IsCJKUnifiedIdeographs}\p{IsCJKSymbolsandPunctuation}\uFF00-\uFFEF“”])[ \t\u00A0]+(?=[0-9A-Za-z%])|(?<=[0-9A-Za-z%.])[ \t\u00A0]+(?=[\p{IsCJKUnifiedIdeographs}\p{IsCJKSymbolsandPunctuation}\uFF00-\uFFEF“”])")]
    private static partial Regex SpaceBesideChinese();

    /// <summary>An amount followed by its unit: 6,612.3万元, 950 万元 (spaces already gone), not part of a longer number.</summary>
    [GeneratedRegex(@"(?<![\d.,])(?<n>\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)(?<u>亿元|万元|元)")]
    private static partial Regex Amount();
}
