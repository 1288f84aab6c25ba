namespace Jixiao.Documents.Import.Extraction;

/// <summary>One 三级指标 row of a table as written, before it becomes an indicator or a scheme leaf's assessment.</summary>
internal sealed record IndicatorDraft(
    string Level1,
    string Level2,
    string Name,
    decimal? Weight,
    string? Target,
    string? Actual,
    string? Formula,
    decimal? Score,
    string? Remark,
    string? Task,
    SourceLine Line,
    string Quote);
