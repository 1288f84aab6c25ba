namespace Jixiao.Documents.Import.Structure;

/// <summary>What a table column holds, recognised from its header text (<see cref="Columns.Classify"/>).</summary>
internal enum Column
{
    Unknown,

    /// <summary>The row label: 项目, 资金来源, 部门整体资金（万元）.</summary>
    Label,

    Initial,
    Adjustment,

    /// <summary>上年结转: last year's balance carried into this year, a source of this year's budget.</summary>
    Carryover,

    /// <summary>到位资金: the funds actually received.</summary>
    FundsReceived,
    Total,
    Spent,
    ExecutionRate,
    CompletionRate,
    AdjustmentRate,

    /// <summary>分值.</summary>
    Weight,

    /// <summary>得分.</summary>
    Score,

    Level1,
    Level2,

    /// <summary>三级指标 or 关键指标: the indicator's name.</summary>
    Name,

    /// <summary>年度指标值, 预期实现值.</summary>
    Target,

    /// <summary>实际完成值, 指标完成情况.</summary>
    Actual,

    /// <summary>偏差原因分析, 评分依据及扣分说明.</summary>
    Remark,

    /// <summary>主要任务 (任务n).</summary>
    Task,

    /// <summary>年初预期目标.</summary>
    Goal,

    /// <summary>目标完成情况.</summary>
    Outcome,

    /// <summary>计算公式或指标内容.</summary>
    Formula,

    /// <summary>任务涉及资金.</summary>
    Funds,

    /// <summary>序号: a row's number in its table, no figure.</summary>
    Index,
}
