namespace Jixiao.Documents.Import.Extraction;

/// <summary>
/// A sentence cut into tokens: the <see cref="Vocabulary"/>'s words (the longest at each position) and the numbers
/// with their units ("2,265.44万元", "94.5%", "20余人", a date's year "2021年"). What the tokens mean is
/// <see cref="Sentence"/>'s business.
/// </summary>
internal static class SentenceTokens
{
    public static List<Token> Read(string text, int start, int end)
    {
        var tokens = new List<Token>();
        var i = start;
        while (i < end)
        {
            var c = text[i];
            var negative = c == '-' && i + 1 < end && char.IsAsciiDigit(text[i + 1]) && (i == start || !char.IsAsciiDigit(text[i - 1]));
            if (char.IsAsciiDigit(c) || negative)
            {
                i = ReadNumber(text, start, end, i, tokens);
                continue;
            }
            if (Vocabulary.Match(text, i) is { } word && i + word.Word.Length <= end)
            {
                tokens.Add(new Token(i, i + word.Word.Length, word.Term, 0m, "", false));
                i += word.Word.Length;
                continue;
            }
            i++;
        }
        return tokens;
    }

    private static int ReadNumber(string text, int start, int end, int i, List<Token> tokens)
    {
        var j = text[i] == '-' ? i + 1 : i;
        while (j < end && char.IsAsciiDigit(text[j]))
            j++;
        // Thousands groups the line cleaning could not see because a line break cut the number ("1，402." / "66万元").
        var grouped = j;
        while (grouped + 4 <= end && text[grouped] == ',' && IsDigits(text, end, grouped + 1, 3) && (grouped + 4 == end || !char.IsAsciiDigit(text[grouped + 4])))
            grouped += 4;
        if (grouped > j && grouped + 1 < end && text[grouped] == '.' && char.IsAsciiDigit(text[grouped + 1]) && j - i <= 3)
            j = grouped;
        if (j + 1 < end && text[j] == '.' && char.IsAsciiDigit(text[j + 1]))
        {
            j++;
            while (j < end && char.IsAsciiDigit(text[j]))
                j++;
        }
        // A number glued to letters or other digits ("A3", "2021-2022") is not a figure.
        var glued = i > start && (char.IsAsciiLetter(text[i - 1]) || text[i - 1] == '.');
        if (!Money.TryParse(text[i..j].Replace(",", "", StringComparison.Ordinal), out var value) || glued)
            return j;
        if (j < end && text[j] == '年' && value is >= 1990m and <= 2100m && value == decimal.Truncate(value))
        {
            // "2023年初部门预算": the 年 is 年初's too, so it is left for the word after it.
            var shared = j + 1 < end && text[j + 1] is '初' or '中' or '末' or '底';
            var next = shared ? j : j + 1;
            tokens.Add(new Token(i, next, null, value, "年", false));
            return next;
        }
        var k = j;
        var approximate = false;
        if (k < end && text[k] is '余' or '多')
        {
            approximate = true;
            k++;
        }
        var unit = UnitAt(text, end, k);
        var after = k + unit.Length;
        // "3.12万元/个" is a price, "13.6万人次" a count: neither is an amount.
        if (after < end && (text[after] == '/' || (unit is "人" or "名" && text[after] == '次')))
            unit = "";
        tokens.Add(new Token(i, after, null, value, unit, approximate));
        return after;
    }

    private static bool IsDigits(string text, int end, int from, int count)
    {
        for (var k = from; k < from + count; k++)
        {
            if (k >= end || !char.IsAsciiDigit(text[k]))
                return false;
        }
        return true;
    }

    private static string UnitAt(string text, int end, int k)
    {
        foreach (var unit in Units)
        {
            if (k + unit.Length <= end && string.CompareOrdinal(text, k, unit, 0, unit.Length) == 0)
                return unit;
        }
        return "";
    }

    private static readonly string[] Units = ["亿元", "万元", "元", "%", "分", "人", "名"];
}
