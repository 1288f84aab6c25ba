namespace Jixiao.Documents.Import.Extraction;

/// <summary>Which line of money a funds table row is, by its label (lexicon "fundsRows").</summary>
internal enum FundsRow
{
    /// <summary>A label the lexicon does not know: a project's name.</summary>
    Unknown,

    /// <summary>A line the model has no place for (本年财政拨款, 其中 …).</summary>
    Ignored,

    Total,
    Basic,
    Project,
    Carryover,

    /// <summary>到位资金: the funds actually received.</summary>
    FundsReceived,
    GeneralPublic,
    GovernmentFund,
    StateCapital,
    Other,
    ThreePublic,
    ThreePublicAbroad,
    ThreePublicVehiclePurchase,
    ThreePublicVehicleOperation,
    ThreePublicReception,
}
