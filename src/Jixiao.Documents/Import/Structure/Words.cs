using System.Text;
using System.Text.RegularExpressions;

namespace Jixiao.Documents.Import.Structure;

/// <summary>Small text helpers shared by the structure and extraction steps.</summary>
internal static partial class Words
{
    /// <summary>Without whitespace: OCR and table exports scatter spaces inside words.</summary>
    public static string Compact(string text)
    {
        var first = text.AsSpan().IndexOfAny(WhiteSpace);
        if (first < 0)
            return text;
        var sb = new StringBuilder(text.Length);
        sb.Append(text.AsSpan(0, first));
        foreach (var c in text.AsSpan(first))
        {
            if (!IsWhiteSpace(c))
                sb.Append(c);
        }
        return sb.ToString();
    }

    /// <summary>
    /// Every character <see cref="char.IsWhiteSpace(char)"/> accepts (Unicode's White_Space): searched as a set, because
    /// char.IsWhiteSpace is slow for the CJK text every reader compacts.
    /// </summary>
    public static readonly System.Buffers.SearchValues<char> WhiteSpace =
        System.Buffers.SearchValues.Create("\t\n\v\f\r \u0085\u00A0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200A\u2028\u2029\u202F\u205F\u3000");

    /// <summary>char.IsWhiteSpace, fast for CJK characters.</summary>
    public static bool IsWhiteSpace(char c) => WhiteSpace.Contains(c);

    /// <summary>A heading or label without numbering, trailing punctuation and quotes, for comparison.</summary>
    public static string Core(string text)
    {
        var s = Compact(text);
        // The numbering stands at the start only: a slice, not a regex replace (every heading candidate passes here).
        s = s[Numbering().Match(s).Length..];
        s = s.TrimEnd('。', '.', '：', ':', '；', ';', '，', ',');
        return Unquote(s).Replace('（', '(').Replace('）', ')');
    }

    public static string Unquote(string text) =>
        text.Replace("“", "", StringComparison.Ordinal).Replace("”", "", StringComparison.Ordinal)
            .Replace("\"", "", StringComparison.Ordinal).Replace("‘", "", StringComparison.Ordinal).Replace("’", "", StringComparison.Ordinal);

    /// <summary>At most <paramref name="max"/> characters, for quotes in findings.</summary>
    public static string Clip(string text, int max = 100) => text.Length <= max ? text : text[..(max - 1)] + "…";

    /// <summary>True for a heading line: "一、", "（一）", "(二)", or a short "1." title.</summary>
    public static bool IsHeading(string text)
    {
        var t = text.Trim();
        if (ChineseNumbered().IsMatch(t) || BracketNumbered().IsMatch(t))
            return true;
        return DigitNumbered().IsMatch(t) && t.Length <= 24 && !t.Contains('，') && !t.Contains('。', StringComparison.Ordinal);
    }

    /// <summary>
    /// A document's title: it names the 绩效 evaluation and ends as titles do ("…绩效自评报告", "…自评表", "…绩效自评（2021年度）").
    /// A heading or a cover note ("关于公开…绩效自评情况的说明：") is none. The one rule for the title reader and for the layout,
    /// which leaves the title out of the section headings.
    /// </summary>
    public static bool IsTitle(string text)
    {
        var c = Compact(text);
        if (c.Length > 80 || !c.Contains("绩效", StringComparison.Ordinal) || IsHeading(text) || c.Contains('：'))
            return false;
        var end = c[..^TrailingYear().Match(c).Length];
        return end.EndsWith("报告", StringComparison.Ordinal) || end.EndsWith('表') || end.EndsWith("自评", StringComparison.Ordinal)
            || end.EndsWith("评价", StringComparison.Ordinal);
    }

    [GeneratedRegex(@"[（(](?:19|20)\d{2}年度?[)）]$")]
    private static partial Regex TrailingYear();

    /// <summary>The heading part of a line that runs on into its text ("(一)疫情防控常态化。根据…" → "(一)疫情防控常态化").</summary>
    public static string HeadingPart(string text)
    {
        var t = text.Trim();
        var end = t.IndexOfAny(['。', '：', ':']);
        return end > 0 ? t[..end] : t;
    }

    [GeneratedRegex(@"^\s*(?:[一二三四五六七八九十]+[、.．]|[（(][一二三四五六七八九十\d]+[)）]|\d+[.、．](?!\d))\s*")]
    private static partial Regex Numbering();

    [GeneratedRegex(@"^[一二三四五六七八九十]+[、．.]")]
    private static partial Regex ChineseNumbered();

    [GeneratedRegex(@"^[（(][一二三四五六七八九十]+[)）]")]
    private static partial Regex BracketNumbered();

    [GeneratedRegex(@"^\d{1,2}[.、．](?!\d)\s*\S")]
    private static partial Regex DigitNumbered();
}
