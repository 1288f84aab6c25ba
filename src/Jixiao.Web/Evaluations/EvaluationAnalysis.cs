using Jixiao.Core.Audit;
using Jixiao.Core.Evaluations;
using Jixiao.Documents.Evaluations;
using Jixiao.Documents.Schemes;
using Jixiao.Web.Data;
using Microsoft.Extensions.Caching.Memory;

namespace Jixiao.Web.Evaluations;

/// <summary>
/// Reads a stored evaluation and runs the one engine on it (rates, scores, grade, findings). A stored revision never
/// changes, so its reading and its result are kept for the pages that show it again (the review page, downloads,
/// the dashboard); the model is immutable, so one copy serves every request.
/// </summary>
public sealed class EvaluationAnalysis(SchemeCatalog schemes) : IDisposable
{
    private readonly MemoryCache _stored = new(new MemoryCacheOptions { SizeLimit = 4096 });

    public SchemeCatalog Schemes => schemes;

    public Evaluation Load(EvaluationRecord record) => Stored(record).Evaluation;

    /// <summary>The engine's result for the stored revision, computed once per revision.</summary>
    public AuditResult Analyse(EvaluationRecord record) => Stored(record).Result.Value;

    public Evaluation Load(string content, int id) => EvaluationFile.Parse(content, $"自评记录 {id}", schemes);

    public AuditResult Analyse(Evaluation evaluation) =>
        Auditor.Run(evaluation, schemes.Get(evaluation.SchemeId, "自评记录"));

    public static int ErrorCount(AuditResult result) => result.Findings.Count(f => f.Severity == Severity.Error);

    public void Dispose() => _stored.Dispose();

    private StoredReading Stored(EvaluationRecord record)
    {
        // The content's hash guards against a reused id after a database was replaced under a running server.
        var key = (record.Id, record.RevisionNumber, record.Content.Length, string.GetHashCode(record.Content, StringComparison.Ordinal));
        if (_stored.TryGetValue(key, out StoredReading? cached) && cached is not null)
            return cached;
        var evaluation = Load(record.Content, record.Id);
        var reading = new StoredReading(evaluation, new Lazy<AuditResult>(() => Analyse(evaluation)));
        _stored.Set(key, reading, new MemoryCacheEntryOptions { Size = 1, SlidingExpiration = TimeSpan.FromMinutes(30) });
        return reading;
    }

    private sealed record StoredReading(Evaluation Evaluation, Lazy<AuditResult> Result);
}
