namespace Jixiao.Core.Indicators;

/// <summary>
/// An indicator set known only by its count and completion, as when a report says "设立了 20 项细化指标，均已完成"
/// without listing them (seed 002). It stands in for the list; nothing is invented.
/// </summary>
public sealed record IndicatorSummary(int Count, int Met);
