namespace Jixiao.Core.Figures;

/// <summary>
/// Every stated figure of <see cref="Figures"/> with its path and Chinese name, for checks that look at all of them
/// alike (sign, magnitude). The names agree with <see cref="Evaluations.FigurePath"/>.
/// </summary>
public static class FigureEntries
{
    /// <summary>One figure: its path (budget.total), its Chinese name and unit, its value, and whether it may be negative.</summary>
    public readonly record struct Entry(string Path, string Name, string Unit, decimal Value, bool MayBeNegative);

    private const string Amount = "万元";
    private const string People = "人";
    private const string Items = "项";

    public static IEnumerable<Entry> Stated(Figures f)
    {
        (string Path, string Name, string Unit, decimal? Value, bool MayBeNegative)[] all =
        [
            ("budget.initial", "年初预算数", Amount, f.Budget.Initial, false),
            ("budget.adjustment", "预算调整数", Amount, f.Budget.Adjustment, true), // 调减 is negative
            ("budget.total", "全年预算数", Amount, f.Budget.Total, false),
            ("budget.basic", "基本支出预算数", Amount, f.Budget.Basic, false),
            ("budget.project", "项目支出预算数", Amount, f.Budget.Project, false),
            ("fundsReceived", "实际到位资金", Amount, f.FundsReceived, false),
            ("carryoverFromLastYear", "上年结转结余", Amount, f.CarryoverFromLastYear, false),
            ("yearEndBalance", "本年结转结余", Amount, f.YearEndBalance, false),
            ("spent.total", "执行数", Amount, f.Spent.Total, false),
            ("spent.basic", "基本支出执行数", Amount, f.Spent.Basic, false),
            ("spent.project", "项目支出执行数", Amount, f.Spent.Project, false),
            ("budgetBySource.generalPublic", "一般公共预算", Amount, f.BudgetBySource.GeneralPublic, false),
            ("budgetBySource.governmentFund", "政府性基金预算", Amount, f.BudgetBySource.GovernmentFund, false),
            ("budgetBySource.stateCapital", "国有资本经营预算", Amount, f.BudgetBySource.StateCapital, false),
            ("budgetBySource.other", "其他资金", Amount, f.BudgetBySource.Other, false),
            ("spentBySource.generalPublic", "一般公共预算支出", Amount, f.SpentBySource.GeneralPublic, false),
            ("spentBySource.governmentFund", "政府性基金预算支出", Amount, f.SpentBySource.GovernmentFund, false),
            ("spentBySource.stateCapital", "国有资本经营预算支出", Amount, f.SpentBySource.StateCapital, false),
            ("spentBySource.other", "其他资金支出", Amount, f.SpentBySource.Other, false),
            ("threePublic.budget", "“三公”经费预算", Amount, f.ThreePublic.Budget, false),
            ("threePublic.spent", "“三公”经费支出", Amount, f.ThreePublic.Spent, false),
            ("threePublic.priorYearSpent", "上年“三公”经费支出", Amount, f.ThreePublic.PriorYearSpent, false),
            ("threePublic.abroad", "因公出国（境）费", Amount, f.ThreePublic.Abroad, false),
            ("threePublic.vehiclePurchase", "公务用车购置费", Amount, f.ThreePublic.VehiclePurchase, false),
            ("threePublic.vehicleOperation", "公务用车运行维护费", Amount, f.ThreePublic.VehicleOperation, false),
            ("threePublic.reception", "公务接待费", Amount, f.ThreePublic.Reception, false),
            ("publicFunds.planned", "预算安排公用经费", Amount, f.PublicFunds.Planned, false),
            ("publicFunds.actual", "实际支出公用经费", Amount, f.PublicFunds.Actual, false),
            ("procurement.planned", "采购预算", Amount, f.Procurement.Planned, false),
            ("procurement.actual", "实际采购金额", Amount, f.Procurement.Actual, false),
            ("keyWork.planned", "重点工作计划数", Items, f.KeyWork.Planned, false),
            ("keyWork.actual", "重点工作完成数", Items, f.KeyWork.Actual, false),
            ("staff.total", "在职人员总数", People, f.Staff.Total, false),
            ("staff.withinQuota", "编制内在职人员", People, f.Staff.WithinQuota, false),
            ("staff.quota", "核定编制数", People, f.Staff.Quota, false),
            ("staff.employees", "政府雇员", People, f.Staff.Employees, false),
            ("staff.publicWelfarePosts", "公益性岗位", People, f.Staff.PublicWelfarePosts, false),
            ("assets.fixedAdded", "新增固定资产", Amount, f.Assets.FixedAdded, false),
            ("assets.intangibleAdded", "新增无形资产", Amount, f.Assets.IntangibleAdded, false),
            ("assets.disposed", "报废处置资产", Amount, f.Assets.Disposed, false),
            ("assets.fixedInUse", "在用固定资产", Amount, f.Assets.FixedInUse, false),
            ("assets.fixedTotal", "全部固定资产", Amount, f.Assets.FixedTotal, false),
        ];
        foreach (var (path, name, unit, value, mayBeNegative) in all)
        {
            if (value is { } v)
                yield return new Entry(path, name, unit, v, mayBeNegative);
        }
    }
}
