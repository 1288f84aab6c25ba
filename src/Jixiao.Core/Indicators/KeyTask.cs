using Jixiao.Core.Rates;

namespace Jixiao.Core.Indicators;

/// <summary>A 重点任务 with its funds (任务涉及资金) and, where stated, its own budget and spending.</summary>
public sealed class KeyTask
{
    public required string Name { get; init; }

    /// <summary>年初预期目标.</summary>
    public string? Goal { get; init; }

    /// <summary>目标完成情况.</summary>
    public string? Outcome { get; init; }

    /// <summary>任务涉及资金 / 预算数.</summary>
    public decimal? Budget { get; init; }

    /// <summary>预算完成数 / 支出数.</summary>
    public decimal? Spent { get; init; }

    /// <summary>执行率 as stated, in percent.</summary>
    public decimal? StatedRate { get; init; }

    /// <summary>任务执行率 = 支出数 / 预算数, or null when either is missing.</summary>
    public RateValue? ExecutionRate => Spent is { } s && Budget is { } b && b != 0m ? new RateValue(s, b) : null;
}
