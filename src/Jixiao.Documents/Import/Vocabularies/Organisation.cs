namespace Jixiao.Documents.Import.Vocabularies;

/// <summary>What a department's name looks like: Chinese, no digits or page punctuation, ending as organisations do.</summary>
internal static class Organisation
{
    private const int MaxName = 40;

    public static bool IsPlausible(string name)
    {
        var key = WordList.Key(name);
        if (key.Length is < 3 or > MaxName || key.Any(c => char.IsAsciiDigit(c) || c is '：' or '>' or '＞' or '|' or '/' or '、' or '，' or '。' or '《' or '“'))
            return false;
        return Lexicon.Default.OrganisationSuffixes.Suffix(key) is not null && !Lexicon.Default.PageFurniture.Occurs(key);
    }
}
