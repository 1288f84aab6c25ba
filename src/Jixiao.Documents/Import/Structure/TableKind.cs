namespace Jixiao.Documents.Import.Structure;

/// <summary>The three tables of the published forms.</summary>
internal enum TableKind
{
    /// <summary>部门整体资金 / 部门资金情况: budget, spending and rates by row.</summary>
    Funds,

    /// <summary>一级/二级/三级指标 with weights and scores (national and Sichuan forms).</summary>
    Indicators,

    /// <summary>主要任务 with 关键指标 and 任务涉及资金 (Guangzhou 2021 form).</summary>
    Tasks,
}
