namespace Jixiao.Core.Rates;

/// <summary>
/// Every rate of domain.md §3, each written once. Schemes, the audit, the CLI and the documents look rates up
/// here by id; nothing else computes one.
/// </summary>
public static class Rates
{
    /// <summary>预算执行率 = 执行数 / 全年预算数.</summary>
    public static readonly Rate Execution = new("execution", "预算执行率", "执行数 / 全年预算数 × 100%",
        e => (e.Figures.Spent.Total, e.Figures.Budget.Total));

    /// <summary>
    /// 预算完成率 (Guangzhou 2021 table) = 实际支出数 / (年初预算数 + 预算调整数); only when both are stated,
    /// never on the initial budget alone (seed 004 would read 131%).
    /// </summary>
    public static readonly Rate Completion = new("completion", "预算完成率", "实际支出数 / (年初预算数 + 预算调整数) × 100%",
        e => (e.Figures.Spent.Total, e.Figures.Budget.Initial + e.Figures.Budget.Adjustment));

    /// <summary>预算调整率 = 预算调整数 / 年初预算数.</summary>
    public static readonly Rate Adjustment = new("adjustment", "预算调整率", "预算调整数 / 年初预算数 × 100%",
        e => (e.Figures.Budget.Adjustment, e.Figures.Budget.Initial));

    /// <summary>基本支出执行率 = 基本支出执行数 / 基本支出预算数 (implied as 全年 − 项目 when not stated).</summary>
    public static readonly Rate BasicExecution = new("basicExecution", "基本支出执行率", "基本支出执行数 / 基本支出预算数 × 100%",
        e => (e.Figures.Spent.Basic, e.Figures.Budget.BasicOrImplied));

    /// <summary>项目支出执行率 = 项目支出执行数 / 项目支出预算数.</summary>
    public static readonly Rate ProjectExecution = new("projectExecution", "项目支出执行率", "项目支出执行数 / 项目支出预算数 × 100%",
        e => (e.Figures.Spent.Project, e.Figures.Budget.ProjectOrImplied));

    /// <summary>结转结余率 = 结转结余总额 / 全年预算数 (the denominator some schemes replace: see <see cref="CarryoverToSpent"/>).</summary>
    public static readonly Rate Carryover = new("carryover", "结转结余率", "结转结余总额 / 全年预算数 × 100%",
        e => (e.Figures.YearEndBalance, e.Figures.Budget.Total));

    /// <summary>结转结余率 over 支出完成数, the variant some schemes use.</summary>
    public static readonly Rate CarryoverToSpent = new("carryoverToSpent", "结转结余率（按支出数）", "结转结余总额 / 支出完成数 × 100%",
        e => (e.Figures.YearEndBalance, e.Figures.Spent.Total));

    /// <summary>结转结余变动率 = (本年结转结余 − 上年结转结余) / 上年结转结余.</summary>
    public static readonly Rate CarryoverChange = new("carryoverChange", "结转结余变动率", "(本年结转结余 − 上年结转结余) / 上年结转结余 × 100%",
        e => (e.Figures.YearEndBalance - e.Figures.CarryoverFromLastYear, e.Figures.CarryoverFromLastYear));

    /// <summary>"三公经费"控制率 = 三公经费实际支出 / 三公经费预算.</summary>
    public static readonly Rate ThreePublicControl = new("threePublicControl", "“三公经费”控制率", "三公经费实际支出 / 三公经费预算 × 100%",
        e => (e.Figures.ThreePublic.Spent, e.Figures.ThreePublic.Budget));

    /// <summary>"三公经费"变动率 = (本年 − 上年) / 上年.</summary>
    public static readonly Rate ThreePublicChange = new("threePublicChange", "“三公经费”变动率", "(本年三公经费 − 上年三公经费) / 上年三公经费 × 100%",
        e => (e.Figures.ThreePublic.Spent - e.Figures.ThreePublic.PriorYearSpent, e.Figures.ThreePublic.PriorYearSpent));

    /// <summary>公用经费控制率 = 实际公用经费 / 预算公用经费.</summary>
    public static readonly Rate PublicFundsControl = new("publicFundsControl", "公用经费控制率", "实际公用经费 / 预算公用经费 × 100%",
        e => (e.Figures.PublicFunds.Actual, e.Figures.PublicFunds.Planned));

    /// <summary>在职人员控制率 = 编制内在职人员 / 编制数 (staff outside 编制 do not count).</summary>
    public static readonly Rate StaffControl = new("staffControl", "在职人员控制率", "编制内在职人员数 / 编制数 × 100%",
        e => (e.Figures.Staff.WithinQuota, e.Figures.Staff.Quota ?? e.Figures.Staff.WithinQuota));

    /// <summary>政府采购执行率 = 实际采购金额 / 采购预算.</summary>
    public static readonly Rate ProcurementExecution = new("procurementExecution", "政府采购执行率", "实际采购金额 / 采购预算 × 100%",
        e => (e.Figures.Procurement.Actual, e.Figures.Procurement.Planned));

    /// <summary>固定资产利用率 = 在用固定资产 / 全部固定资产.</summary>
    public static readonly Rate FixedAssetUtilisation = new("fixedAssetUtilisation", "固定资产利用率", "在用固定资产 / 全部固定资产 × 100%",
        e => (e.Figures.Assets.FixedInUse, e.Figures.Assets.FixedTotal));

    /// <summary>重点工作完成率 = 完成的重点工作数 / 计划的重点工作数.</summary>
    public static readonly Rate KeyWorkCompletion = new("keyWorkCompletion", "重点工作完成率", "完成的重点工作数 / 计划的重点工作数 × 100%",
        e => (e.Figures.KeyWork.Actual, e.Figures.KeyWork.Planned));

    public static IReadOnlyList<Rate> All { get; } =
    [
        Execution, Completion, Adjustment, BasicExecution, ProjectExecution, Carryover, CarryoverToSpent,
        CarryoverChange, ThreePublicControl, ThreePublicChange, PublicFundsControl, StaffControl,
        ProcurementExecution, FixedAssetUtilisation, KeyWorkCompletion,
    ];

    private static readonly Dictionary<string, Rate> ById = Index(All);

    private static Dictionary<string, Rate> Index(IReadOnlyList<Rate> all)
    {
        for (var i = 0; i < all.Count; i++)
            all[i].Index = i;
        return all.ToDictionary(r => r.Id, StringComparer.Ordinal);
    }

    public static Rate? Find(string id) => ById.GetValueOrDefault(id);
}
