using Jixiao.Core.Audit;

namespace Jixiao.Documents.Audit;

/// <summary>How many findings of each severity (错误/警告/提示) a document, a kind or a whole run has.</summary>
public readonly record struct SeverityCounts(int Errors, int Warnings, int Infos)
{
    public int Total => Errors + Warnings + Infos;

    public SeverityCounts Add(Severity severity) => severity switch
    {
        Severity.Error => this with { Errors = Errors + 1 },
        Severity.Warning => this with { Warnings = Warnings + 1 },
        _ => this with { Infos = Infos + 1 },
    };

    public static SeverityCounts Of(IEnumerable<Finding> findings) =>
        findings.Aggregate(default(SeverityCounts), (counts, f) => counts.Add(f.Severity));
}
