namespace Jixiao.Documents.Import.Extraction;

/// <summary>
/// What a word of the vocabulary says about the number after it. Subjects say whose figure it is (基本支出, “三公”经费,
/// 一般公共预算 …); measures say which figure (预算, 执行数, 执行率 …). A generic measure ("预算数", "执行率") needs a
/// subject; a department-level one ("全年预算数", "执行数") stands for the department when there is none.
/// </summary>
internal enum Term
{
    // Subjects.
    Basic,
    Project,
    ProjectBudget,
    ThreePublic,
    GeneralPublic,
    GovernmentFund,
    StateCapital,
    OtherFunds,
    Department,

    /// <summary>公用经费: its 预算 and 实际支出 are the public funds' planned and actual amounts.</summary>
    PublicFunds,

    /// <summary>政府采购: its 预算 and 实际采购金额 are the procurement's planned and actual amounts.</summary>
    Procurement,

    /// <summary>Spending of another kind (公用经费, 政府采购 …): generic measures after it are not the department's.</summary>
    Elsewhere,

    /// <summary>上年, 去年: until the end of its clause, figures are last year's, not this year's.</summary>
    PriorYear,

    // Words that take a number for something the model does not hold (收入, a project's own score).
    Income,
    ProjectScore,

    /// <summary>分别: the numbers that follow pair with the words listed before it.</summary>
    Respectively,

    // Money measures.
    BudgetTotal,
    Budget,
    Initial,
    Adjustment,
    AdjustmentCut,
    SpentTotal,
    SpentDepartment,
    Spent,
    FundsReceived,
    Carryover,
    YearEndBalance,
    Abroad,
    VehiclePurchase,
    VehicleOperation,
    Reception,
    FixedAssetsAdded,
    IntangibleAdded,
    Disposed,

    // Rates (percent).
    ProjectRate,
    Execution,
    ExecutionExplicit,
    Completion,
    AdjustmentRate,
    Control,
    ThreePublicControl,
    StaffControl,
    CarryoverRate,
    ProcurementExecution,
    FixedAssetUtilisation,
    KeyWorkCompletion,
    PublicFundsControl,

    // Scores (分).
    SelfScore,
    ExecutionScore,
    IndicatorsScore,

    // Head counts (人, 名).
    StaffTotal,
    StaffWithinQuota,
    StaffQuota,
    StaffEmployees,
    StaffWelfare,
}
