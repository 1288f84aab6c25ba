using System.Text.RegularExpressions;

namespace Jixiao.Documents.Import.Vocabularies;

/// <summary>The labels that close a score table, the same for every reader of one: its total row and its grade row.</summary>
internal static partial class ScoreLabels
{
    /// <summary>"总分", "合计（100分）", "总计：": a total's label, saying nothing more than its points.</summary>
    public static bool IsTotal(string label)
    {
        // Every cell of every score table is asked: most are ruled out by their length.
        if (label.Length > MaxLabel)
            return false;
        var key = WordList.Key(label);
        var word = Lexicon.Default.TotalLabels.Prefix(key);
        return word is not null && Points().IsMatch(key[word.Length..]);
    }

    /// <summary>"评价等级", "评级：".</summary>
    public static bool IsGrade(string label) => Lexicon.Default.GradeLabels.Contains(WordList.Key(label).TrimEnd('：'));

    /// <summary>"自评得分合计（100分）：" with spaces: longer is a sentence.</summary>
    private const int MaxLabel = 24;

    [GeneratedRegex(@"^(?:（\d+(?:\.\d+)?分?）)?：?$")]
    private static partial Regex Points();
}
