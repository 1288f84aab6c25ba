namespace Jixiao.Web.Evaluations;

/// <summary>
/// One line of a report's key figures table: its name, the value as the report writes it ("6,612.3 万元", "94.5%"),
/// the formula for rates, what the department stated where the engine's value differs from it, and whether it is
/// one of the three a reader looks for first (全年预算数, 执行数, 预算执行率).
/// </summary>
public sealed record KeyFigure(string Label, string Value, string? Formula = null, string? StatedDifferent = null, bool Main = false);
