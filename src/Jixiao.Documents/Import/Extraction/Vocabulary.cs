using Jixiao.Documents.Import.Vocabularies;

namespace Jixiao.Documents.Import.Extraction;

/// <summary>
/// The words reports use for each figure (the lexicon's "figureTerms"), as they appear once spaces and quotation marks are removed and brackets
/// made ASCII ("“三公”经费" → "三公经费", "因公出国（境）费" → "因公出国(境)费"). Matching takes the longest word at a
/// position, so "项目支出全年预算数" reads as 项目支出 + 全年预算数 and "完成预算数的" is not "预算数".
/// </summary>
internal static class Vocabulary
{
    /// <summary>Entries by first character, longest first.</summary>
    private static readonly Dictionary<char, (string Word, Term Term)[]> ByFirst = Lexicon.Default.FigureTerms
        .GroupBy(e => e.Word[0])
        .ToDictionary(g => g.Key, g => g.OrderByDescending(e => e.Word.Length).ToArray());

    /// <summary>The characters a word starts with: most characters of a sentence start none, and are passed at once.</summary>
    private static readonly System.Buffers.SearchValues<char> FirstCharacters = System.Buffers.SearchValues.Create([.. ByFirst.Keys]);

    /// <summary>The longest word starting at <paramref name="at"/>, if any.</summary>
    public static (string Word, Term Term)? Match(string text, int at)
    {
        if (!FirstCharacters.Contains(text[at]) || !ByFirst.TryGetValue(text[at], out var candidates))
            return null;
        foreach (var entry in candidates)
        {
            if (string.CompareOrdinal(text, at, entry.Word, 0, entry.Word.Length) == 0)
                return entry;
        }
        return null;
    }

    /// <summary>Words that say whose figure follows; 上年 only until the end of its clause.</summary>
    public static bool IsSubject(Term term) => term <= Term.PriorYear;
}
