using System.Text.RegularExpressions;
using Jixiao.Documents.Import.Vocabularies;

namespace Jixiao.Documents.Import.Structure;

/// <summary>What a cell's text looks like: a bare number, a target ("≥95%", "2辆", "提升"), an empty mark ("—").</summary>
internal static partial class Cells
{
    public static bool IsNumber(string cell) => Number().IsMatch(Words.Compact(cell));

    /// <summary>A number, a percentage or an empty mark: what fills the body of a funds table.</summary>
    public static bool IsValue(string cell)
    {
        var c = Words.Compact(cell);
        return c.Length == 0 || IsEmptyMark(c) || Number().IsMatch(c) || Percent().IsMatch(c);
    }

    public static bool IsEmptyMark(string cell) => Words.Compact(cell) is "—" or "-" or "——" or "/" or "／" or "－" or "无" or "--";

    /// <summary>A target as the forms write it: an optional sign, a number and a short unit, or a qualitative word.</summary>
    public static bool IsTarget(string cell)
    {
        var c = Words.Compact(cell);
        if (c.Length is 0 or > 16)
            return false;
        return Target().IsMatch(c) || Lexicon.Default.QualitativeTargets.Contains(c) || ComparedTarget().IsMatch(c);
    }

    [GeneratedRegex(@"^-?\d+(?:\.\d+)?$")]
    private static partial Regex Number();

    /// <summary>"=省定标准", "≥上年水平", "不低于国家标准": a comparison with a named standard.</summary>
    [GeneratedRegex(@"^(?:[≥≤><=＞＜]|>=|<=|不低于|不少于|不超过|不高于|达到)[^\d，。,;；]{2,10}$")]
    private static partial Regex ComparedTarget();

    [GeneratedRegex(@"^-?\d+(?:\.\d+)?%$")]
    private static partial Regex Percent();

    [GeneratedRegex(@"^(?:[≥≤><=＞＜]|>=|<=|不低于|不少于|不超过|不高于|大于|小于|达到|控制在)?-?\d+(?:\.\d+)?[^\d，。,;；]{0,8}$")]
    private static partial Regex Target();
}
