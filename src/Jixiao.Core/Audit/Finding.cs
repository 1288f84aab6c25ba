namespace Jixiao.Core.Audit;

/// <summary>
/// One problem the audit found: its kind (domain.md §7), severity, the Chinese message, what it is about
/// (<see cref="Subject"/>: a figure path such as spent.total, or indicator:名称) and the stated and computed numbers.
/// Importers map the subject to the place in the source document.
/// </summary>
public sealed record Finding(
    string Kind,
    Severity Severity,
    string RuleId,
    string Message,
    string? Subject = null,
    decimal? Stated = null,
    decimal? Computed = null)
{
    /// <summary>Where in the source document, when known (第 12 行, 表格第 3 行第 2 列).</summary>
    public string? Place { get; init; }

    /// <summary>The source text the finding is about, quoted for the reviewer.</summary>
    public string? Quote { get; init; }

    /// <summary>The 1-based line in the source document, when known.</summary>
    public int? Line { get; init; }
}

public enum Severity
{
    /// <summary>错误: the document is wrong.</summary>
    Error,

    /// <summary>警告: doubtful, a reviewer should look.</summary>
    Warning,

    /// <summary>提示: style or completeness.</summary>
    Info,
}

public static class SeverityNames
{
    public static string ToChinese(this Severity severity) => severity switch
    {
        Severity.Error => "错误",
        Severity.Warning => "警告",
        _ => "提示",
    };

    public static string ToKey(this Severity severity) => severity switch
    {
        Severity.Error => "error",
        Severity.Warning => "warning",
        _ => "info",
    };
}
