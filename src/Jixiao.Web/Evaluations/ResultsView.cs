using Jixiao.Core.Audit;
using Jixiao.Core.Schemes;

namespace Jixiao.Web.Evaluations;

/// <summary>What the live results panel shows: the engine's result, or why the form cannot be read yet.</summary>
public sealed record ResultsView(AuditResult? Result, IReadOnlyDictionary<string, string> FieldErrors, EvaluationForm Form, Scheme Scheme)
{
    public int ErrorCount => FieldErrors.Count + (Result?.Findings.Count(f => f.Severity == Severity.Error) ?? 0);
}
