namespace Jixiao.Documents.Table;

/// <summary>
/// One line of the score table (一级/二级/三级指标, 年度指标值, 实际完成值, 分值, 得分, the department's 偏差原因 or
/// 评分依据), read from the score card. Weight and score are what the data give, rounded as shown; either is null
/// when neither the scheme nor the department gives it (an unweighted indicator gets no share of its slot).
/// </summary>
internal sealed record ScoredRow(
    string Level1,
    string Level2,
    string Level3,
    string Target,
    string Actual,
    decimal? Weight,
    decimal? Score,
    string Note,
    bool IsTopExecutionRate,
    bool IsDepartmentIndicator = false)
{
    /// <summary>What the score rests on when the department wrote no basis: the inputs the rule read.</summary>
    public string Basis { get; init; } = "";
}
