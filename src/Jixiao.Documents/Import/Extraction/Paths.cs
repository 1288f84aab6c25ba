namespace Jixiao.Documents.Import.Extraction;

/// <summary>
/// Figure paths as mentions and findings name them: the same names as <see cref="Core.Evaluations.FigurePath"/>,
/// plus the parts it does not list, and rates as "rates.&lt;id&gt;".
/// </summary>
internal static class Paths
{
    public const string BudgetInitial = "budget.initial";
    public const string BudgetAdjustment = "budget.adjustment";
    public const string BudgetTotal = "budget.total";
    public const string BudgetBasic = "budget.basic";
    public const string BudgetProject = "budget.project";
    public const string SpentTotal = "spent.total";
    public const string SpentBasic = "spent.basic";
    public const string SpentProject = "spent.project";
    public const string FundsReceived = "fundsReceived";
    public const string Carryover = "carryoverFromLastYear";
    public const string YearEndBalance = "yearEndBalance";
    public const string ThreePublicBudget = "threePublic.budget";
    public const string ThreePublicSpent = "threePublic.spent";
    public const string ThreePublicAbroad = "threePublic.abroad";
    public const string ThreePublicVehiclePurchase = "threePublic.vehiclePurchase";
    public const string ThreePublicVehicleOperation = "threePublic.vehicleOperation";
    public const string ThreePublicReception = "threePublic.reception";
    public const string StaffTotal = "staff.total";
    public const string StaffWithinQuota = "staff.withinQuota";
    public const string StaffQuota = "staff.quota";
    public const string StaffEmployees = "staff.employees";
    public const string StaffWelfare = "staff.publicWelfarePosts";
    public const string AssetsFixedAdded = "assets.fixedAdded";
    public const string AssetsIntangibleAdded = "assets.intangibleAdded";
    public const string AssetsDisposed = "assets.disposed";
    public const string PublicFundsPlanned = "publicFunds.planned";
    public const string PublicFundsActual = "publicFunds.actual";
    public const string ProcurementPlanned = "procurement.planned";
    public const string ProcurementActual = "procurement.actual";
    public const string SelfScore = "selfScore";
    public const string Grade = "grade";

    public const string GeneralPublic = "generalPublic";
    public const string GovernmentFund = "governmentFund";
    public const string StateCapital = "stateCapital";
    public const string Other = "other";

    public static string Rate(string id) => "rates." + id;

    public static string SpentBySource(string source) => "spentBySource." + source;

    public static string BudgetBySource(string source) => "budgetBySource." + source;

    public static bool IsRate(string path) => path.StartsWith("rates.", StringComparison.Ordinal);
}
