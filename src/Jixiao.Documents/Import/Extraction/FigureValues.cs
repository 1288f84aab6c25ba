using Jixiao.Core.Figures;

namespace Jixiao.Documents.Import.Extraction;

/// <summary>The chosen value of each figure path, turned into the model's <see cref="Figures"/>.</summary>
internal static class FigureValues
{
    public static Figures ToFigures(IReadOnlyDictionary<string, decimal> v)
    {
        decimal? G(string path) => v.TryGetValue(path, out var x) ? x : null;
        return new Figures
        {
            Budget = new Budget
            {
                Initial = G(Paths.BudgetInitial),
                Adjustment = G(Paths.BudgetAdjustment),
                Total = G(Paths.BudgetTotal),
                Basic = G(Paths.BudgetBasic),
                Project = G(Paths.BudgetProject),
            },
            FundsReceived = G(Paths.FundsReceived),
            CarryoverFromLastYear = G(Paths.Carryover),
            YearEndBalance = G(Paths.YearEndBalance),
            Spent = new Spending { Total = G(Paths.SpentTotal), Basic = G(Paths.SpentBasic), Project = G(Paths.SpentProject) },
            BudgetBySource = BySource(v, Paths.BudgetBySource),
            SpentBySource = BySource(v, Paths.SpentBySource),
            ThreePublic = new ThreePublicFunds
            {
                Budget = G(Paths.ThreePublicBudget),
                Spent = G(Paths.ThreePublicSpent),
                Abroad = G(Paths.ThreePublicAbroad),
                VehiclePurchase = G(Paths.ThreePublicVehiclePurchase),
                VehicleOperation = G(Paths.ThreePublicVehicleOperation),
                Reception = G(Paths.ThreePublicReception),
            },
            PublicFunds = new PlannedActual { Planned = G(Paths.PublicFundsPlanned), Actual = G(Paths.PublicFundsActual) },
            Procurement = new PlannedActual { Planned = G(Paths.ProcurementPlanned), Actual = G(Paths.ProcurementActual) },
            Staff = new Staff
            {
                Total = G(Paths.StaffTotal),
                WithinQuota = G(Paths.StaffWithinQuota),
                Quota = G(Paths.StaffQuota),
                Employees = G(Paths.StaffEmployees),
                PublicWelfarePosts = G(Paths.StaffWelfare),
            },
            Assets = new Assets
            {
                FixedAdded = G(Paths.AssetsFixedAdded),
                IntangibleAdded = G(Paths.AssetsIntangibleAdded),
                Disposed = G(Paths.AssetsDisposed),
            },
        };
    }

    public static Dictionary<string, decimal> Rates(IReadOnlyDictionary<string, decimal> v)
    {
        var rates = new Dictionary<string, decimal>(StringComparer.Ordinal);
        foreach (var (path, value) in v)
        {
            if (Paths.IsRate(path))
                rates[path["rates.".Length..]] = value;
        }
        return rates;
    }

    private static BySource BySource(IReadOnlyDictionary<string, decimal> v, Func<string, string> path)
    {
        decimal? G(string source) => v.TryGetValue(path(source), out var x) ? x : null;
        return new BySource
        {
            GeneralPublic = G(Paths.GeneralPublic),
            GovernmentFund = G(Paths.GovernmentFund),
            StateCapital = G(Paths.StateCapital),
            Other = G(Paths.Other),
        };
    }
}
