using System.Text.RegularExpressions;

namespace Jixiao.Documents.Import.Structure;

/// <summary>
/// Header text → column, by the words the published forms use. The order of the tests matters: "预算调整率" is a rate
/// before it is an adjustment, "年初预期目标" a goal before it is an initial budget.
/// </summary>
internal static partial class Columns
{
    public static Column Classify(string header)
    {
        var h = Words.Compact(header).Replace('（', '(').Replace('）', ')');
        // Columns per period ("上年决算 | 本年预算 | 本年决算", "2022年决算数 | 2023年预算数"): the prior period's are not this
        // year's figures; a stated year is checked against the document's by the table (YearOf).
        if (PriorPeriod().IsMatch(h))
            return Column.Unknown;
        h = Period().Replace(h, "");
        if (h.Length == 0)
            return Column.Unknown;
        if (h.Contains("调整率", StringComparison.Ordinal))
            return Column.AdjustmentRate;
        if (h.Contains("完成率", StringComparison.Ordinal))
            return Column.CompletionRate;
        if (h.Contains("执行率", StringComparison.Ordinal))
            return Column.ExecutionRate;
        if (h.Contains("一级指标", StringComparison.Ordinal))
            return Column.Level1;
        if (h.Contains("二级指标", StringComparison.Ordinal))
            return Column.Level2;
        if (h.Contains("三级指标", StringComparison.Ordinal) || h.Contains("关键指标", StringComparison.Ordinal) || h is "指标名称")
            return Column.Name;
        if (h.Contains("计算公式", StringComparison.Ordinal))
            return Column.Formula;
        if (h.Contains("指标值", StringComparison.Ordinal) || h.Contains("目标值", StringComparison.Ordinal) || h.Contains("实现值", StringComparison.Ordinal) || h is "预期值")
            return Column.Target;
        if (h.Contains("完成值", StringComparison.Ordinal) || h.Contains("实际值", StringComparison.Ordinal) || h.Contains("指标完成情况", StringComparison.Ordinal))
            return Column.Actual;
        if (h.Contains("涉及资金", StringComparison.Ordinal))
            return Column.Funds;
        if (h is "任务" || h.Contains("主要任务", StringComparison.Ordinal) || h.Contains("重点任务", StringComparison.Ordinal))
            return Column.Task;
        if (h.Contains("预期", StringComparison.Ordinal))
            return Column.Goal;
        if (h.Contains("目标完成情况", StringComparison.Ordinal))
            return Column.Outcome;
        if (h.Contains("年初", StringComparison.Ordinal))
            return Column.Initial;
        if (h.Contains("调整", StringComparison.Ordinal) || h.Contains("追加", StringComparison.Ordinal))
            return Column.Adjustment;
        if (h.Contains("全年预算", StringComparison.Ordinal) || h.Contains("调整后预算", StringComparison.Ordinal) || h.Contains("预算总额", StringComparison.Ordinal) || h is "预算数" or "预算")
            return Column.Total;
        if (h.Contains("执行数", StringComparison.Ordinal) || h.Contains("支出数", StringComparison.Ordinal) || h.Contains("实际支出", StringComparison.Ordinal) || h.Contains("决算数", StringComparison.Ordinal) || h.Contains("执行金额", StringComparison.Ordinal) || h is "决算")
            return Column.Spent;
        if (h.Contains("分值", StringComparison.Ordinal) || h.StartsWith("权重", StringComparison.Ordinal) || h is "标准分" or "满分" or "分数")
            return Column.Weight;
        if (h.Contains("得分", StringComparison.Ordinal))
            return Column.Score;
        if (h.Contains("偏差", StringComparison.Ordinal) || h.Contains("评分依据", StringComparison.Ordinal) || h.Contains("扣分", StringComparison.Ordinal) || h.Contains("说明", StringComparison.Ordinal) || h.Contains("原因", StringComparison.Ordinal))
            return Column.Remark;
        if (h.Contains("资金来源", StringComparison.Ordinal) || h.Contains("资金", StringComparison.Ordinal) || h is "项目" or "名称" or "类别")
            return Column.Label;
        return Column.Unknown;
    }

    /// <summary>Columns of money and rates, the body of a funds table.</summary>
    public static bool IsFunds(Column c) => c is Column.Initial or Column.Adjustment or Column.Total or Column.Spent
        or Column.ExecutionRate or Column.CompletionRate or Column.AdjustmentRate;

    /// <summary>The kind of table a header row opens, or null when the row is not a header.</summary>
    public static TableKind? KindOf(IReadOnlyList<Column> columns)
    {
        // A bit per column kind and counts in one pass: this runs for every table row.
        var has = 0L;
        var money = 0;
        var funds = 0;
        foreach (var c in columns)
        {
            has |= 1L << (int)c;
            if (c is Column.Initial or Column.Adjustment or Column.Total or Column.Spent)
                money++;
            if (IsFunds(c))
                funds++;
        }
        bool Has(Column c) => (has & (1L << (int)c)) != 0;
        if (Has(Column.Name) && (Has(Column.Weight) || Has(Column.Score) || Has(Column.Target)))
            return Has(Column.Funds) || Has(Column.Formula) || Has(Column.Task) ? TableKind.Tasks : TableKind.Indicators;
        return money >= 1 && funds >= 2 && !Has(Column.Name) ? TableKind.Funds : null;
    }

    /// <summary>The kind of table <paramref name="row"/> opens as a header; cells longer than <paramref name="maxCell"/> are text, not column titles.</summary>
    public static TableKind? KindOfRow(IReadOnlyList<string> row, int maxCell)
    {
        var columns = new Column[row.Count];
        for (var i = 0; i < columns.Length; i++)
            columns[i] = Words.Compact(row[i]).Length <= maxCell ? Classify(row[i]) : Column.Unknown;
        return KindOf(columns);
    }

    /// <summary>The year a header names ("2022年决算数" → 2022), or null.</summary>
    public static int? YearOf(string header) =>
        Period().Match(Words.Compact(header)) is { Success: true } m && m.Groups["year"].Success
            ? int.Parse(m.Groups["year"].Value, System.Globalization.CultureInfo.InvariantCulture)
            : null;

    [GeneratedRegex(@"^(?:上年度?|去年|上一年度?|上期)")]
    private static partial Regex PriorPeriod();

    [GeneratedRegex(@"^(?:本年度?|当年|本期|(?<year>(?:19|20)\d{2})年度?)")]
    private static partial Regex Period();
}
