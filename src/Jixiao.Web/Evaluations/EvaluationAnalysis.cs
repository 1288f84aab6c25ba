using Jixiao.Core.Audit;
using Jixiao.Core.Evaluations;
using Jixiao.Documents.Evaluations;
using Jixiao.Documents.Schemes;
using Jixiao.Web.Data;

namespace Jixiao.Web.Evaluations;

/// <summary>Reads a stored evaluation and runs the one engine on it (rates, scores, grade, findings).</summary>
public sealed class EvaluationAnalysis(SchemeCatalog schemes)
{
    public SchemeCatalog Schemes => schemes;

    public Evaluation Load(EvaluationRecord record) => Load(record.Content, record.Id);

    public Evaluation Load(string content, int id) => EvaluationFile.Parse(content, $"自评记录 {id}", schemes);

    public AuditResult Analyse(Evaluation evaluation) =>
        Auditor.Run(evaluation, schemes.Get(evaluation.SchemeId, "自评记录"));

    public static int ErrorCount(AuditResult result) => result.Findings.Count(f => f.Severity == Severity.Error);
}
