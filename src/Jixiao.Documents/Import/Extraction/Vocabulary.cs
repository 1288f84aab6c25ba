namespace Jixiao.Documents.Import.Extraction;

/// <summary>
/// The words reports use for each figure, as they appear once spaces and quotation marks are removed and brackets
/// made ASCII ("“三公”经费" → "三公经费", "因公出国（境）费" → "因公出国(境)费"). Matching takes the longest word at a
/// position, so "项目支出全年预算数" reads as 项目支出 + 全年预算数 and "完成预算数的" is not "预算数".
/// </summary>
internal static class Vocabulary
{
    private static readonly (string Word, Term Term)[] Entries =
    [
        ("基本支出", Term.Basic), ("基本经费", Term.Basic),
        ("项目支出", Term.Project), ("项目经费", Term.Project), ("项目预算", Term.ProjectBudget),
        ("三公经费", Term.ThreePublic), ("三公", Term.ThreePublic),
        ("一般公共预算", Term.GeneralPublic), ("政府性基金预算", Term.GovernmentFund), ("政府性基金", Term.GovernmentFund),
        ("一般公共预算财政拨款", Term.GeneralPublic), ("政府性基金预算财政拨款", Term.GovernmentFund), ("国有资本经营预算财政拨款", Term.StateCapital),
        ("财政拨款", Term.Elsewhere), ("本年财政拨款", Term.Elsewhere),
        ("国有资本经营预算", Term.StateCapital), ("其他资金", Term.OtherFunds),
        ("部门整体支出", Term.Department), ("整体支出", Term.Department),
        ("公用经费", Term.PublicFunds), ("人员经费", Term.Elsewhere), ("政府采购", Term.Procurement), ("采购", Term.Elsewhere),
        ("实际采购金额", Term.Spent), ("实际采购", Term.Spent), ("采购金额", Term.Spent),
        ("专项资金", Term.Elsewhere), ("转移支付", Term.Elsewhere), ("工资福利", Term.Elsewhere),
        ("上年", Term.PriorYear), ("去年", Term.PriorYear), ("上年度", Term.PriorYear), ("上一年度", Term.PriorYear), ("上一年", Term.PriorYear),
        ("同期", Term.PriorYear),
        ("收入", Term.Income), ("收入预算", Term.Income), ("财政拨款收入", Term.Income), ("收入合计", Term.Income), ("本年收入", Term.Income),
        ("项目自评得分", Term.ProjectScore), ("项目得分", Term.ProjectScore), ("项目绩效自评得分", Term.ProjectScore), ("项目自评", Term.ProjectScore),
        ("分别", Term.Respectively),
        ("项目全年预算数", Term.ProjectBudget), ("项目全年预算", Term.ProjectBudget), ("项目预算数", Term.ProjectBudget), ("项目年初预算", Term.ProjectBudget),
        ("项目执行数", Term.Project), ("项目实际支出", Term.Project), ("项目实际支出数", Term.Project), ("项目支出数", Term.Project),
        ("项目执行率", Term.ProjectRate), ("项目预算执行率", Term.ProjectRate), ("项目支出执行率", Term.ProjectRate), ("项目资金执行率", Term.ProjectRate),

        ("全年预算数", Term.BudgetTotal), ("全年预算", Term.BudgetTotal), ("全年预算总额", Term.BudgetTotal), ("全年预算金额", Term.BudgetTotal),
        ("调整后预算数", Term.BudgetTotal), ("调整后预算", Term.BudgetTotal), ("预算总额", Term.BudgetTotal), ("年度预算总额", Term.BudgetTotal),
        ("预算数", Term.Budget), ("预算", Term.Budget), ("支出预算数", Term.Budget), ("预算金额", Term.Budget), ("预算安排", Term.Budget),
        ("年初预算数", Term.Initial), ("年初预算", Term.Initial), ("年初部门预算", Term.Initial), ("预算批复", Term.Initial),
        ("年初批复", Term.Initial), ("批复预算", Term.Initial), ("年初预算批复", Term.Initial), ("年初批复预算", Term.Initial),
        ("预算批复数", Term.Initial), ("批复预算数", Term.Initial), ("年初预算批复数", Term.Initial),
        ("预算调整数", Term.Adjustment), ("调整预算数", Term.Adjustment), ("调整预算", Term.Adjustment), ("预算调整", Term.Adjustment),
        ("年中追加预算", Term.Adjustment), ("年中追加", Term.Adjustment), ("追加预算", Term.Adjustment), ("追加", Term.Adjustment),
        ("调增", Term.Adjustment), ("年中调增", Term.Adjustment), ("追加资金", Term.Adjustment), ("调整金额", Term.Adjustment),
        ("调减", Term.AdjustmentCut), ("年中调减", Term.AdjustmentCut), ("调减预算", Term.AdjustmentCut), ("预算调减", Term.AdjustmentCut),
        ("年中调减预算", Term.AdjustmentCut), ("年中调增预算", Term.Adjustment), ("年中调整预算", Term.Adjustment), ("调增预算", Term.Adjustment),
        ("执行数", Term.SpentTotal), ("全年执行数", Term.SpentTotal), ("实际执行数", Term.SpentTotal), ("实际支出", Term.SpentTotal),
        ("实际支出数", Term.SpentTotal), ("全年实际支出", Term.SpentTotal), ("支出决算数", Term.SpentTotal), ("决算支出", Term.SpentTotal),
        ("全年支出", Term.SpentTotal), ("支出总额", Term.SpentTotal), ("总支出", Term.SpentTotal), ("决算数", Term.SpentTotal),
        ("实际执行", Term.SpentTotal), ("支出决算", Term.SpentTotal), ("决算支出数", Term.SpentTotal),
        ("支出合计", Term.SpentTotal), ("本年支出合计", Term.SpentTotal), ("支出总计", Term.SpentTotal),
        ("部门支出", Term.SpentDepartment), ("全年部门支出", Term.SpentDepartment), ("部门总支出", Term.SpentDepartment),
        ("部门整体支出数", Term.SpentDepartment), ("整体支出数", Term.SpentDepartment),
        ("支出", Term.Spent), ("支出数", Term.Spent), ("预算完成数", Term.Spent), ("已支出", Term.Spent), ("支付", Term.Spent),
        ("实际到位", Term.FundsReceived), ("到位资金", Term.FundsReceived), ("到位指标", Term.FundsReceived), ("资金到位", Term.FundsReceived),
        ("实际到位资金", Term.FundsReceived), ("资金到位数", Term.FundsReceived),
        ("上年结余", Term.Carryover), ("上年结转", Term.Carryover), ("上年结转结余", Term.Carryover), ("上年结转资金", Term.Carryover),
        ("年初结转结余", Term.Carryover), ("年初结余", Term.Carryover),
        ("本年结余", Term.YearEndBalance), ("本年结转结余", Term.YearEndBalance), ("年末结转结余", Term.YearEndBalance),
        ("年末结余", Term.YearEndBalance), ("结转结余", Term.YearEndBalance), ("结余结转", Term.YearEndBalance), ("结转下年", Term.YearEndBalance),
        ("因公出国(境)费", Term.Abroad), ("因公出国费", Term.Abroad), ("出国(境)费", Term.Abroad),
        ("公务用车购置费", Term.VehiclePurchase), ("公务用车运行维护费", Term.VehicleOperation), ("公务用车运行费", Term.VehicleOperation),
        ("公务接待费", Term.Reception),
        ("新增固定资产", Term.FixedAssetsAdded), ("配置固定资产", Term.FixedAssetsAdded), ("购置固定资产", Term.FixedAssetsAdded),
        ("新增无形资产", Term.IntangibleAdded), ("报废处置", Term.Disposed), ("处置资产", Term.Disposed),

        ("执行率", Term.Execution), ("全年执行率", Term.Execution), ("完成预算数的", Term.Execution), ("完成预算的", Term.Execution),
        ("完成年度预算的", Term.Execution), ("完成全年预算的", Term.Execution), ("资金执行率", Term.Execution),
        ("预算执行率", Term.ExecutionExplicit), ("整体预算执行率", Term.ExecutionExplicit), ("部门预算执行率", Term.ExecutionExplicit),
        ("部门整体预算执行率", Term.ExecutionExplicit), ("全年预算执行率", Term.ExecutionExplicit),
        ("预算完成率", Term.Completion), ("整体预算完成率", Term.Completion),
        ("预算调整率", Term.AdjustmentRate), ("调整率", Term.AdjustmentRate),
        ("控制率", Term.Control), ("三公经费控制率", Term.ThreePublicControl), ("在职人员控制率", Term.StaffControl), ("人员控制率", Term.StaffControl),
        ("结转结余率", Term.CarryoverRate), ("政府采购执行率", Term.ProcurementExecution), ("固定资产利用率", Term.FixedAssetUtilisation),
        ("重点工作完成率", Term.KeyWorkCompletion), ("公用经费控制率", Term.PublicFundsControl),

        ("自评得分", Term.SelfScore), ("自评总分", Term.SelfScore), ("自评分", Term.SelfScore), ("综合得分", Term.SelfScore),
        ("总得分", Term.SelfScore), ("评价得分", Term.SelfScore), ("绩效评价得分", Term.SelfScore), ("自评结果得分", Term.SelfScore),
        ("自评分数", Term.SelfScore), ("最终得分", Term.SelfScore),
        ("执行率得分", Term.ExecutionScore), ("预算执行率得分", Term.ExecutionScore), ("指标得分", Term.IndicatorsScore),

        ("在职人员", Term.StaffTotal), ("在职工作人员", Term.StaffTotal), ("在职职工", Term.StaffTotal), ("在职人数", Term.StaffTotal),
        ("编制人员", Term.StaffWithinQuota), ("编制内人员", Term.StaffWithinQuota), ("在编人员", Term.StaffWithinQuota),
        ("在职在编人员", Term.StaffWithinQuota), ("在编在岗", Term.StaffWithinQuota), ("编制内在职人员", Term.StaffWithinQuota),
        ("核定编制", Term.StaffQuota), ("核定编制数", Term.StaffQuota), ("编制数", Term.StaffQuota), ("核定事业编制", Term.StaffQuota),
        ("核定行政编制", Term.StaffQuota),
        ("政府雇员", Term.StaffEmployees), ("公益性岗位", Term.StaffWelfare), ("公益性岗位人员", Term.StaffWelfare),
    ];

    /// <summary>Entries by first character, longest first.</summary>
    private static readonly Dictionary<char, (string Word, Term Term)[]> ByFirst = Entries
        .GroupBy(e => e.Word[0])
        .ToDictionary(g => g.Key, g => g.OrderByDescending(e => e.Word.Length).ToArray());

    /// <summary>The longest word starting at <paramref name="at"/>, if any.</summary>
    public static (string Word, Term Term)? Match(string text, int at)
    {
        if (!ByFirst.TryGetValue(text[at], out var candidates))
            return null;
        foreach (var entry in candidates)
        {
            if (string.CompareOrdinal(text, at, entry.Word, 0, entry.Word.Length) == 0)
                return entry;
        }
        return null;
    }

    /// <summary>Words that say whose figure follows; 上年 only until the end of its clause.</summary>
    public static bool IsSubject(Term term) => term <= Term.PriorYear;
}
