namespace Jixiao.Documents.Import.Extraction;

/// <summary>
/// Which figure of the model a sentence's number is, from the measure word before it and the subject in force
/// ("基本支出" + "预算数" → budget.basic; "三公经费" + "控制率" → rates.threePublicControl). Tables, not state: the
/// state is <see cref="Sentence"/>'s.
/// </summary>
internal static class SentencePaths
{
    public static string? Money(Term term, Term? subject) => term switch
    {
        Term.FundsReceived => Paths.FundsReceived,
        Term.Carryover => Paths.Carryover,
        Term.YearEndBalance => Paths.YearEndBalance,
        Term.Abroad => Paths.ThreePublicAbroad,
        Term.VehiclePurchase => Paths.ThreePublicVehiclePurchase,
        Term.VehicleOperation => Paths.ThreePublicVehicleOperation,
        Term.Reception => Paths.ThreePublicReception,
        Term.FixedAssetsAdded => Paths.AssetsFixedAdded,
        Term.IntangibleAdded => Paths.AssetsIntangibleAdded,
        Term.Disposed => Paths.AssetsDisposed,
        Term.SpentDepartment => Paths.SpentTotal,
        Term.Initial when subject is null or Term.Department => Paths.BudgetInitial,
        Term.Initial when subject == Term.ThreePublic => Paths.ThreePublicBudget,
        Term.Adjustment or Term.AdjustmentCut when subject is null or Term.Department => Paths.BudgetAdjustment,
        Term.BudgetTotal or Term.Budget or Term.ProjectBudget => Budget(term, subject),
        Term.SpentTotal or Term.Spent or Term.Basic or Term.Project or Term.ThreePublic or Term.GeneralPublic
            or Term.GovernmentFund or Term.StateCapital or Term.OtherFunds or Term.Department or Term.PublicFunds or Term.Procurement => Spent(term, subject),
        _ => null,
    };

    private static string? Budget(Term term, Term? subject) => subject switch
    {
        Term.Basic => Paths.BudgetBasic,
        Term.Project => Paths.BudgetProject,
        Term.ThreePublic => Paths.ThreePublicBudget,
        Term.GeneralPublic => Paths.BudgetBySource(Paths.GeneralPublic),
        Term.GovernmentFund => Paths.BudgetBySource(Paths.GovernmentFund),
        Term.StateCapital => Paths.BudgetBySource(Paths.StateCapital),
        Term.OtherFunds => Paths.BudgetBySource(Paths.Other),
        Term.PublicFunds => Paths.PublicFundsPlanned,
        Term.Procurement => Paths.ProcurementPlanned,
        null or Term.Department when term == Term.BudgetTotal => Paths.BudgetTotal,
        _ => null,
    };

    /// <summary>A subject word right before a number means its spending ("基本支出 2,265.44 万元").</summary>
    private static string? Spent(Term term, Term? subject) => subject switch
    {
        Term.Basic => Paths.SpentBasic,
        Term.Project => Paths.SpentProject,
        Term.ThreePublic => Paths.ThreePublicSpent,
        Term.GeneralPublic => Paths.SpentBySource(Paths.GeneralPublic),
        Term.GovernmentFund => Paths.SpentBySource(Paths.GovernmentFund),
        Term.StateCapital => Paths.SpentBySource(Paths.StateCapital),
        Term.OtherFunds => Paths.SpentBySource(Paths.Other),
        Term.PublicFunds when term is not (Term.PublicFunds) => Paths.PublicFundsActual,
        Term.Procurement when term is not (Term.Procurement) => Paths.ProcurementActual,
        null or Term.Department when term is Term.SpentTotal or Term.Department => Paths.SpentTotal,
        _ => null,
    };

    /// <summary>The rate a percentage is, by its word and subject; null for one the model does not hold.</summary>
    public static string? Rate(Term term, Term? subject) => term switch
    {
        Term.ProjectRate => "projectExecution",
        Term.Execution or Term.ExecutionExplicit or Term.Completion when subject == Term.Basic => "basicExecution",
        Term.Execution or Term.ExecutionExplicit or Term.Completion when subject == Term.Project => "projectExecution",
        Term.Execution or Term.ExecutionExplicit or Term.Control when subject == Term.ThreePublic => "threePublicControl",
        Term.Control when subject == Term.PublicFunds => "publicFundsControl",
        Term.Execution or Term.ExecutionExplicit when subject == Term.Procurement => "procurementExecution",
        Term.Execution when subject == Term.Department => "execution",
        Term.ExecutionExplicit when subject is null or Term.Department => "execution",
        Term.Completion when subject is null or Term.Department => "completion",
        Term.AdjustmentRate when subject is null or Term.Department => "adjustment",
        Term.ThreePublicControl => "threePublicControl",
        Term.StaffControl => "staffControl",
        Term.CarryoverRate => "carryover",
        Term.ProcurementExecution => "procurementExecution",
        Term.FixedAssetUtilisation => "fixedAssetUtilisation",
        Term.KeyWorkCompletion => "keyWorkCompletion",
        Term.PublicFundsControl => "publicFundsControl",
        _ => null,
    };

    /// <summary>The head count a number of people is.</summary>
    public static string? HeadCount(Term term) => term switch
    {
        Term.StaffTotal => Paths.StaffTotal,
        Term.StaffWithinQuota => Paths.StaffWithinQuota,
        Term.StaffQuota => Paths.StaffQuota,
        Term.StaffEmployees => Paths.StaffEmployees,
        Term.StaffWelfare => Paths.StaffWelfare,
        _ => null,
    };
}
