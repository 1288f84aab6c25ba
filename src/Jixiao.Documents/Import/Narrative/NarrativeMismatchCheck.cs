using System.Globalization;
using Jixiao.Core.Audit;
using Jixiao.Core.Evaluations;
using Jixiao.Core.Scoring;
using Jixiao.Documents.Import.Extraction;

namespace Jixiao.Documents.Import.Narrative;

/// <summary>
/// narrative_mismatch: the document states one figure twice with different values (d08: "执行数1,846.29万元" and
/// "全年部门支出1,864.29万元"). The finding sits on the differing statement; stated is the value the other figures
/// confirm, computed the one that differs. An error when the other figures decide between them and the two are close
/// enough to be the same figure mistyped; a warning when nothing decides or they are far apart.
/// </summary>
internal static class NarrativeMismatchCheck
{
    public const string RuleId = "JX-N02";

    public static RuleInfo Info { get; } = new(RuleId, FindingKinds.NarrativeMismatch, Severity.Error, "同一数据在文中两次出现时数值须一致（有其他数据佐证且相差不大时为错误，否则为警告）");

    /// <summary>Beyond this relative difference two values may be two different figures the vocabulary confused.</summary>
    private const decimal CloseEnough = 0.2m;

    public static IEnumerable<Finding> Find(IReadOnlyList<Conflict> conflicts)
    {
        foreach (var c in conflicts)
        {
            var kept = c.Kept;
            var other = c.Other;
            if (c.Path == Paths.Grade)
            {
                var keptGrade = ((Grade)(int)kept.Value).ToChinese();
                var otherGrade = ((Grade)(int)other.Value).ToChinese();
                yield return new Finding(FindingKinds.NarrativeMismatch, Severity.Warning, RuleId,
                    $"评级在{kept.Line.Place}为“{keptGrade}”，在{other.Line.Place}为“{otherGrade}”，前后不一致", c.Path)
                { Line = other.Line.Number, Place = other.Line.Place, Quote = other.Quote };
                continue;
            }
            var close = kept.Value != 0m && Math.Abs(other.Value - kept.Value) <= Math.Abs(kept.Value) * CloseEnough;
            var severity = c.Corroborated && close ? Severity.Error : Severity.Warning;
            var name = NameOf(c.Path);
            var why = c.Corroborated ? $"，与其他数据相符的是 {Show(c.Path, kept.Value)}" : "，无法从其他数据判断哪一个正确";
            yield return new Finding(FindingKinds.NarrativeMismatch, severity, RuleId,
                $"{name}在{kept.Line.Place}写作 {Show(c.Path, kept.Value)}，在{other.Line.Place}写作 {Show(c.Path, other.Value)}{why}", c.Path, kept.Value, other.Value)
            { Line = other.Line.Number, Place = other.Line.Place, Quote = other.Quote };
        }
    }

    private static string NameOf(string path)
    {
        if (Paths.IsRate(path) && Core.Rates.Rates.Find(path["rates.".Length..]) is { } rate)
            return rate.ChineseName;
        return path switch
        {
            Paths.ThreePublicAbroad => "因公出国（境）费",
            Paths.ThreePublicVehiclePurchase => "公务用车购置费",
            Paths.ThreePublicVehicleOperation => "公务用车运行维护费",
            Paths.ThreePublicReception => "公务接待费",
            Paths.SelfScore => "自评得分",
            _ when path.StartsWith("spentBySource.", StringComparison.Ordinal) => "按资金来源的支出",
            _ when path.StartsWith("budgetBySource.", StringComparison.Ordinal) => "按资金来源的预算",
            _ when path.StartsWith("staff.", StringComparison.Ordinal) => "人员数",
            _ when path.StartsWith("assets.", StringComparison.Ordinal) => "资产金额",
            _ => FigurePath.ChineseName(path),
        };
    }

    private static string Show(string path, decimal value)
    {
        var number = Money.WithoutTrailingZeros(value).ToString(CultureInfo.InvariantCulture);
        if (Paths.IsRate(path))
            return number + "%";
        if (path == Paths.SelfScore)
            return number + " 分";
        return path.StartsWith("staff.", StringComparison.Ordinal) ? number + " 人" : number + " 万元";
    }
}
