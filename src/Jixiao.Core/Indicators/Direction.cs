namespace Jixiao.Core.Indicators;

/// <summary>Which way an indicator's target points.</summary>
public enum Direction
{
    /// <summary>≥: more is better (数量, 合格率, 满意度).</summary>
    AtLeast,

    /// <summary>≤: less is better (成本, 事故数).</summary>
    AtMost,

    /// <summary>=: exact.</summary>
    Exactly,

    /// <summary>提升/达成/有效: no number to compare.</summary>
    Qualitative,
}
