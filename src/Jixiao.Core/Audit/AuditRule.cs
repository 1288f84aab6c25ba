namespace Jixiao.Core.Audit;

/// <summary>One check of the audit: a stable id, the finding kind it raises, a severity and a one-line description.</summary>
public abstract class AuditRule
{
    /// <summary>Stable id (JX-Rxx) cited in docs/rules.md and in findings.</summary>
    public abstract string Id { get; }

    public abstract string Kind { get; }

    public abstract Severity Severity { get; }

    /// <summary>One line in Chinese: what the rule checks.</summary>
    public abstract string Description { get; }

    internal abstract void Check(AuditContext context, List<Finding> findings);

    public RuleInfo Info => new(Id, Kind, Severity, Description);

    internal Finding Raise(string message, string? subject = null, decimal? stated = null, decimal? computed = null) =>
        new(Kind, Severity, Id, message, subject, stated, computed);
}
