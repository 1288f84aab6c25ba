namespace Jixiao.Documents.Table;

/// <summary>
/// One line of the score table (一级/二级/三级指标, 年度指标值, 实际完成值, 分值, 得分, and the note: 偏差原因 or
/// 评分依据), read from the score card so the table and the report show the engine's scores.
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
    bool IsDepartmentIndicator = false);
