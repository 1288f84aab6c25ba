namespace Jixiao.Core.Indicators;

/// <summary>
/// One 三级指标 of the department's own indicator set, with the 一级/二级 it sits under, its weight (分值),
/// target (年度指标值), actual value (实际完成值), the score the department gave and the reason for a gap.
/// </summary>
public sealed class Indicator
{
    /// <summary>一级指标 (产出指标, 效益指标, 满意度指标 …).</summary>
    public string Level1 { get; init; } = "";

    /// <summary>二级指标 (数量指标, 质量指标 …).</summary>
    public string Level2 { get; init; } = "";

    /// <summary>三级指标: the indicator's own name.</summary>
    public required string Name { get; init; }

    /// <summary>分值; null in tables that do not weight indicators (Guangzhou 2021).</summary>
    public decimal? Weight { get; init; }

    public Target Target { get; init; } = Target.Parse(null);

    public Target? Actual { get; init; }

    private (bool Done, decimal? Value) _actualValue;

    /// <summary>The actual as a number in the target's unit ("垃圾分类率 100%,按…" → 100), read once.</summary>
    public decimal? ActualValue
    {
        get
        {
            if (!_actualValue.Done)
                _actualValue = (true, Target.IsQuantitative ? Measure.ValueIn(Actual?.Text, Target.Unit) : null);
            return _actualValue.Value;
        }
    }

    /// <summary>计算公式或指标内容, where the table gives one.</summary>
    public string? Formula { get; init; }

    /// <summary>得分 as the department stated it.</summary>
    public decimal? StatedScore { get; init; }

    /// <summary>偏差原因分析及改进措施.</summary>
    public string? Deviation { get; init; }

    /// <summary>The key task (重点任务) it measures, in task tables.</summary>
    public string? Task { get; init; }

    /// <summary>For a qualitative target: 达成, 部分达成 or 未达成 as judged.</summary>
    public string? Achievement { get; init; }

    /// <summary>Where in the source document it was read (line or cell), for findings.</summary>
    public string? Place { get; init; }
}
