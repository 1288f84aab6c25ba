using Jixiao.Core.Figures;

namespace Jixiao.Documents.Evaluations;

/// <summary>
/// Every figure an evaluation file's <c>figures:</c> block holds, in display order and grouped, which is also the
/// order the writer emits them and docs/formats.md lists them. One table, so a form built from it, the writer and
/// the reader (checked by the tests) name the same figures; the Chinese names agree with
/// <see cref="Core.Evaluations.FigurePath"/> and the doc comments of <see cref="Figures"/>.
/// </summary>
public static class FigureFields
{
    private const string Amount = "万元";
    private const string People = "人";

    private static readonly FigureField[] Fields =
    [
        new("budget.initial", "预算", "年初预算数", Amount, f => f.Budget.Initial),
        new("budget.adjustment", "预算", "预算调整数", Amount, f => f.Budget.Adjustment),
        new("budget.total", "预算", "全年预算数", Amount, f => f.Budget.Total),
        new("budget.basic", "预算", "基本支出预算数", Amount, f => f.Budget.Basic),
        new("budget.project", "预算", "项目支出预算数", Amount, f => f.Budget.Project),

        new("fundsReceived", "结转结余与到位资金", "实际到位资金", Amount, f => f.FundsReceived),
        new("carryoverFromLastYear", "结转结余与到位资金", "上年结转结余", Amount, f => f.CarryoverFromLastYear),
        new("yearEndBalance", "结转结余与到位资金", "本年结转结余", Amount, f => f.YearEndBalance),

        new("spent.total", "支出", "执行数", Amount, f => f.Spent.Total),
        new("spent.basic", "支出", "基本支出执行数", Amount, f => f.Spent.Basic),
        new("spent.project", "支出", "项目支出执行数", Amount, f => f.Spent.Project),

        new("budgetBySource.generalPublic", "资金来源（预算）", "一般公共预算", Amount, f => f.BudgetBySource.GeneralPublic),
        new("budgetBySource.governmentFund", "资金来源（预算）", "政府性基金预算", Amount, f => f.BudgetBySource.GovernmentFund),
        new("budgetBySource.stateCapital", "资金来源（预算）", "国有资本经营预算", Amount, f => f.BudgetBySource.StateCapital),
        new("budgetBySource.other", "资金来源（预算）", "其他资金", Amount, f => f.BudgetBySource.Other),

        // The same sources spent: labels say 支出 so a label alone never leaves budget or spending in doubt.
        new("spentBySource.generalPublic", "资金来源（支出）", "一般公共预算支出", Amount, f => f.SpentBySource.GeneralPublic),
        new("spentBySource.governmentFund", "资金来源（支出）", "政府性基金预算支出", Amount, f => f.SpentBySource.GovernmentFund),
        new("spentBySource.stateCapital", "资金来源（支出）", "国有资本经营预算支出", Amount, f => f.SpentBySource.StateCapital),
        new("spentBySource.other", "资金来源（支出）", "其他资金支出", Amount, f => f.SpentBySource.Other),

        new("threePublic.budget", "“三公”经费", "“三公”经费预算", Amount, f => f.ThreePublic.Budget),
        new("threePublic.spent", "“三公”经费", "“三公”经费支出", Amount, f => f.ThreePublic.Spent),
        new("threePublic.priorYearSpent", "“三公”经费", "上年“三公”经费支出", Amount, f => f.ThreePublic.PriorYearSpent),
        new("threePublic.abroad", "“三公”经费", "因公出国（境）费", Amount, f => f.ThreePublic.Abroad),
        new("threePublic.vehiclePurchase", "“三公”经费", "公务用车购置费", Amount, f => f.ThreePublic.VehiclePurchase),
        new("threePublic.vehicleOperation", "“三公”经费", "公务用车运行维护费", Amount, f => f.ThreePublic.VehicleOperation),
        new("threePublic.reception", "“三公”经费", "公务接待费", Amount, f => f.ThreePublic.Reception),

        new("publicFunds.planned", "公用经费", "预算安排公用经费", Amount, f => f.PublicFunds.Planned),
        new("publicFunds.actual", "公用经费", "实际支出公用经费", Amount, f => f.PublicFunds.Actual),

        new("procurement.planned", "政府采购", "采购预算", Amount, f => f.Procurement.Planned),
        new("procurement.actual", "政府采购", "实际采购金额", Amount, f => f.Procurement.Actual),

        // Counts of tasks, not money: no unit.
        new("keyWork.planned", "重点工作", "重点工作计划数", "", f => f.KeyWork.Planned),
        new("keyWork.actual", "重点工作", "重点工作完成数", "", f => f.KeyWork.Actual),

        new("staff.total", "人员", "在职人员总数", People, f => f.Staff.Total),
        new("staff.withinQuota", "人员", "编制内在职人员", People, f => f.Staff.WithinQuota),
        new("staff.quota", "人员", "核定编制数", People, f => f.Staff.Quota),
        new("staff.employees", "人员", "政府雇员", People, f => f.Staff.Employees),
        new("staff.publicWelfarePosts", "人员", "公益性岗位", People, f => f.Staff.PublicWelfarePosts),

        new("assets.fixedAdded", "资产", "新增固定资产", Amount, f => f.Assets.FixedAdded),
        new("assets.intangibleAdded", "资产", "新增无形资产", Amount, f => f.Assets.IntangibleAdded),
        new("assets.disposed", "资产", "报废处置资产", Amount, f => f.Assets.Disposed),
        new("assets.fixedInUse", "资产", "在用固定资产", Amount, f => f.Assets.FixedInUse),
        new("assets.fixedTotal", "资产", "全部固定资产", Amount, f => f.Assets.FixedTotal),
    ];

    private static readonly Dictionary<string, FigureField> ByPath = Fields.ToDictionary(f => f.Path, StringComparer.Ordinal);

    /// <summary>Every figure, in display order; rows of one group are adjacent.</summary>
    public static IReadOnlyList<FigureField> All { get; } = Array.AsReadOnly(Fields);

    /// <summary>The figure at a dotted path under <c>figures:</c>, or null when the file format has none.</summary>
    public static FigureField? Find(string path) => ByPath.GetValueOrDefault(path);
}
