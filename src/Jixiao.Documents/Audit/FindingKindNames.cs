using Jixiao.Core.Audit;

namespace Jixiao.Documents.Audit;

/// <summary>Chinese names of the finding kinds (domain.md §7) for summaries; an unknown kind shows its key.</summary>
public static class FindingKindNames
{
    private static readonly Dictionary<string, string> Names = new(StringComparer.Ordinal)
    {
        [FindingKinds.RateMismatch] = "比率与数据不符",
        [FindingKinds.SumMismatch] = "分项与合计不符",
        [FindingKinds.GradeMismatch] = "评级与得分不符",
        [FindingKinds.ScoreOverWeight] = "得分超过分值或合计不符",
        [FindingKinds.InvertedFormula] = "公式分子分母颠倒",
        [FindingKinds.MissingNumber] = "句中缺少数字",
        [FindingKinds.MissingRequired] = "缺少必备内容",
        [FindingKinds.TargetUnmeasurable] = "目标无法衡量",
        [FindingKinds.NarrativeMismatch] = "文字与表格数据不符",
        [FindingKinds.ScoreMismatch] = "自评得分与复算不符",
        [FindingKinds.FullScoreMissedTarget] = "未达目标却得满分",
        [FindingKinds.WeightMismatch] = "指标分值合计不符",
        [FindingKinds.ActualNotNumeric] = "实际值没有数值",
        [FindingKinds.OverBudget] = "支出超过预算",
        [FindingKinds.LargeAdjustment] = "预算调整幅度过大",
        [FindingKinds.ImplausibleFigure] = "数据不合理（负数或超出范围）",
        [FindingKinds.DuplicateIndicator] = "指标重复",
        [FindingRow.UnreadableKind] = "无法读取",
    };

    public static string ToChinese(string kind) => Names.GetValueOrDefault(kind, kind);
}
