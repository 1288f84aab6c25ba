namespace Jixiao.Documents.Report;

/// <summary>Text compared as a reader would: without spaces and thousands separators, so "6,612.30 万元" and "6612.30万元" are one.</summary>
internal static class ReportText
{
    /// <summary>Paragraphs shorter than this ("无", "不涉及") may stand in several sections; longer ones only once.</summary>
    public const int RepeatableLength = 10;

    public static string Comparable(string text)
    {
        var chars = new char[text.Length];
        var n = 0;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (char.IsWhiteSpace(c) || (c == ',' && i > 0 && i + 1 < text.Length && char.IsAsciiDigit(text[i - 1]) && char.IsAsciiDigit(text[i + 1])))
                continue;
            chars[n++] = c;
        }
        return new string(chars, 0, n);
    }
}
