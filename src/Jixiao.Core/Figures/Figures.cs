namespace Jixiao.Core.Figures;

/// <summary>
/// Every figure of a department's year (domain.md §2). Amounts in 万元, counts as numbers.
/// Each is optional because real documents omit many; a missing figure is null, never zero.
/// </summary>
public sealed class Figures
{
    public Budget Budget { get; init; } = new();

    /// <summary>实际到位 / 到位指标.</summary>
    public decimal? FundsReceived { get; init; }

    /// <summary>上年结转结余 (carry-over from last year).</summary>
    public decimal? CarryoverFromLastYear { get; init; }

    /// <summary>本年结转结余 (year-end balance).</summary>
    public decimal? YearEndBalance { get; init; }

    public Spending Spent { get; init; } = new();

    /// <summary>全年预算 by funding source.</summary>
    public BySource BudgetBySource { get; init; } = new();

    /// <summary>执行数 by funding source.</summary>
    public BySource SpentBySource { get; init; } = new();

    public ThreePublicFunds ThreePublic { get; init; } = new();

    /// <summary>公用经费: Planned = 预算安排公用经费, Actual = 实际支出公用经费.</summary>
    public PlannedActual PublicFunds { get; init; } = new();

    /// <summary>政府采购: Planned = 采购预算, Actual = 实际采购金额.</summary>
    public PlannedActual Procurement { get; init; } = new();

    /// <summary>重点工作: Planned = 重点工作计划数, Actual = 重点工作完成数.</summary>
    public PlannedActual KeyWork { get; init; } = new();

    public Staff Staff { get; init; } = new();

    public Assets Assets { get; init; } = new();
}

/// <summary>预算: 年初 + 调整 = 全年; 全年 = 基本 + 项目.</summary>
public sealed class Budget
{
    /// <summary>年初预算数 / 预算批复.</summary>
    public decimal? Initial { get; init; }

    /// <summary>预算调整数 (negative when cut).</summary>
    public decimal? Adjustment { get; init; }

    /// <summary>全年预算数.</summary>
    public decimal? Total { get; init; }

    /// <summary>基本支出全年预算数.</summary>
    public decimal? Basic { get; init; }

    /// <summary>项目支出全年预算数.</summary>
    public decimal? Project { get; init; }

    /// <summary>The basic budget as stated, or implied as 全年 − 项目 (seed 000 states only the two).</summary>
    public decimal? BasicOrImplied => Basic ?? (Total - Project);

    /// <summary>The project budget as stated, or implied as 全年 − 基本.</summary>
    public decimal? ProjectOrImplied => Project ?? (Total - Basic);
}

/// <summary>执行数 / 实际支出数 / 支出决算数, in total and by nature.</summary>
public sealed class Spending
{
    public decimal? Total { get; init; }

    /// <summary>基本支出.</summary>
    public decimal? Basic { get; init; }

    /// <summary>项目支出.</summary>
    public decimal? Project { get; init; }
}

/// <summary>Amounts by funding source (资金来源).</summary>
public sealed class BySource
{
    /// <summary>一般公共预算.</summary>
    public decimal? GeneralPublic { get; init; }

    /// <summary>政府性基金预算.</summary>
    public decimal? GovernmentFund { get; init; }

    /// <summary>国有资本经营预算.</summary>
    public decimal? StateCapital { get; init; }

    /// <summary>其他资金.</summary>
    public decimal? Other { get; init; }

    public bool IsEmpty => GeneralPublic is null && GovernmentFund is null && StateCapital is null && Other is null;
}

/// <summary>"三公"经费.</summary>
public sealed class ThreePublicFunds
{
    /// <summary>“三公”经费预算.</summary>
    public decimal? Budget { get; init; }

    /// <summary>“三公”经费支出 as stated.</summary>
    public decimal? Spent { get; init; }

    /// <summary>上年“三公”经费支出.</summary>
    public decimal? PriorYearSpent { get; init; }

    /// <summary>因公出国（境）费.</summary>
    public decimal? Abroad { get; init; }

    /// <summary>公务用车购置费.</summary>
    public decimal? VehiclePurchase { get; init; }

    /// <summary>公务用车运行维护费.</summary>
    public decimal? VehicleOperation { get; init; }

    /// <summary>公务接待费.</summary>
    public decimal? Reception { get; init; }

    public bool HasParts => Abroad is not null || VehiclePurchase is not null || VehicleOperation is not null || Reception is not null;
}

/// <summary>A planned amount or count against the actual one.</summary>
public sealed class PlannedActual
{
    public decimal? Planned { get; init; }

    public decimal? Actual { get; init; }
}

/// <summary>人员: 在职 = 编制内 + 政府雇员 + 公益性岗位 (+ 其他).</summary>
public sealed class Staff
{
    /// <summary>在职人员总数.</summary>
    public decimal? Total { get; init; }

    /// <summary>编制内在职人员.</summary>
    public decimal? WithinQuota { get; init; }

    /// <summary>核定编制数; when a report states only the staff within 编制, they are the quota too.</summary>
    public decimal? Quota { get; init; }

    /// <summary>政府雇员.</summary>
    public decimal? Employees { get; init; }

    /// <summary>公益性岗位.</summary>
    public decimal? PublicWelfarePosts { get; init; }
}

/// <summary>资产.</summary>
public sealed class Assets
{
    /// <summary>新增固定资产.</summary>
    public decimal? FixedAdded { get; init; }

    /// <summary>新增无形资产.</summary>
    public decimal? IntangibleAdded { get; init; }

    /// <summary>报废处置资产.</summary>
    public decimal? Disposed { get; init; }

    /// <summary>在用固定资产.</summary>
    public decimal? FixedInUse { get; init; }

    /// <summary>全部固定资产.</summary>
    public decimal? FixedTotal { get; init; }
}
