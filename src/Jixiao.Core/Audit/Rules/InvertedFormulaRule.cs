namespace Jixiao.Core.Audit.Rules;

/// <summary>
/// A ratio whose numerator is the whole (总数, 计划数) and whose denominator is the part (实际数, 完成数): the
/// formula is upside down and the rate can exceed 100% for poor results.
/// </summary>
internal sealed class InvertedFormulaRule : AuditRule
{
    private static readonly string[] Whole = ["总数", "总量", "总人数", "总额", "总件数", "全部", "计划", "预定", "目标数", "应完成", "应到"];
    private static readonly string[] Part = ["实际", "完成", "满意", "合格", "达标", "已", "租出", "发生"];

    public override string Id => "JX-R14";

    public override string Kind => FindingKinds.InvertedFormula;

    public override Severity Severity => Severity.Error;

    public override string Description => "比率公式的分子应为实际/完成的部分、分母为总数/计划数，不得颠倒";

    internal override void Check(AuditContext context, List<Finding> findings)
    {
        foreach (var indicator in context.Evaluation.Indicators)
        {
            if (indicator.Formula is { } formula && IsInverted(formula, out var numerator, out var denominator))
            {
                findings.Add(Raise($"指标“{indicator.Name}”的计算公式“{formula}”分子分母颠倒：分子“{numerator}”是总数，分母“{denominator}”是实际数，应为 {denominator} / {numerator}",
                    "indicator:" + indicator.Name) with { Quote = formula });
            }
        }
    }

    internal static bool IsInverted(string formula, out string numerator, out string denominator)
    {
        numerator = denominator = "";
        var text = Indicators.Target.Normalize(formula).AsSpan();
        var slash = text.IndexOfAny('/', '÷');
        if (slash <= 0)
            return false;
        var start = text[..slash].LastIndexOfAny("=(:：") + 1;
        var rest = text[(slash + 1)..];
        var end = rest.IndexOfAny(")*×x%");
        var top = text[start..slash];
        var bottom = end < 0 ? rest : rest[..end];
        if (!(HasAny(top, Whole) && !HasAny(top, Part) && HasAny(bottom, Part) && !HasAny(bottom, Whole)))
            return false;
        numerator = top.ToString();
        denominator = bottom.ToString();
        return true;
    }

    private static bool HasAny(ReadOnlySpan<char> text, string[] words)
    {
        foreach (var w in words)
        {
            if (text.Contains(w, StringComparison.Ordinal))
                return true;
        }
        return false;
    }
}
