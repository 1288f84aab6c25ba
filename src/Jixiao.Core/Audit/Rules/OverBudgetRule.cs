namespace Jixiao.Core.Audit.Rules;

/// <summary>Spending above the full-year budget: either a figure is wrong or the budget was exceeded.</summary>
internal sealed class OverBudgetRule : AuditRule
{
    public override string Id => "JX-R21";

    public override string Kind => FindingKinds.OverBudget;

    public override Severity Severity => Severity.Warning;

    public override string Description => "执行数不应超过全年预算数";

    internal override void Check(AuditContext context, List<Finding> findings)
    {
        var f = context.Figures;
        if (f.Spent.Total is { } spent && f.Budget.Total is { } budget && spent > budget)
            findings.Add(Raise($"执行数 {spent} 万元超过全年预算数 {budget} 万元", "spent.total", spent, budget));
    }
}
