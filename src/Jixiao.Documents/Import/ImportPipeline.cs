using Jixiao.Core.Audit;
using Jixiao.Documents.Import.Extraction;
using Jixiao.Documents.Import.Narrative;
using Jixiao.Documents.Import.Readers;
using Jixiao.Documents.Import.Structure;
using Jixiao.Documents.Schemes;

namespace Jixiao.Documents.Import;

/// <summary>
/// Turns a self-evaluation document (text, DOCX, PDF, XLSX) into the model, audits it under the scheme whose outline
/// it follows and locates every finding in the source. Stateless apart from the scheme catalog, so one instance
/// serves many threads.
/// </summary>
public sealed class ImportPipeline(SchemeCatalog schemes)
{
    private readonly SchemeCatalog _schemes = schemes;

    /// <summary>The checks the importer adds to the model's audit, for listings (jixiao rules, docs/rules.md).</summary>
    public static IReadOnlyList<RuleInfo> NarrativeRules { get; } = [MissingNumberCheck.Info, NarrativeMismatchCheck.Info];

    /// <summary>Never throws for a bad document: an unreadable file comes back with <see cref="ImportResult.Error"/> set.</summary>
    public ImportResult Import(string path)
    {
        SourceDocument document;
        try
        {
            document = DocumentReader.Read(path);
        }
        catch (ImportException e)
        {
            return ImportResult.Failed(path, e.Message, e.InnerException ?? e);
        }
        try
        {
            return Import(path, document);
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            // A document this code does not understand must not stop a bulk import.
            return ImportResult.Failed(path, $"无法从文件“{Path.GetFileName(path)}”中提取数据（内部错误 {e.GetType().Name}）。请确认这是部门整体支出绩效自评报告或自评表；如确认无误，请把该文件反馈给开发人员", e);
        }
    }

    /// <summary>A document already read, for callers that have its lines (the web upload, tests).</summary>
    public ImportResult Import(string path, SourceDocument document) => Import(path, document, done: null);

    /// <summary>The same, telling <paramref name="done"/> each step's name as it ends (bench/Jixiao.Bench times them).</summary>
    internal ImportResult Import(string path, SourceDocument document, Action<string>? done)
    {
        var layout = DocumentLayout.Build(document);
        done?.Invoke("layout");
        var facts = new DocumentFacts();
        TitleReader.Read(layout, facts);
        done?.Invoke("title");
        TableReader.Read(layout, facts);
        done?.Invoke("tables");
        foreach (var passage in layout.Passages)
            SentenceReader.Read(passage, facts);
        done?.Invoke("sentences");
        var scheme = SchemeMatcher.Match(_schemes, layout, facts);
        done?.Invoke("scheme");
        var builder = new EvaluationBuilder(facts, scheme, layout);
        var evaluation = builder.Build();
        done?.Invoke("build");
        var audit = Auditor.Run(evaluation, scheme);
        done?.Invoke("audit");
        var complete = builder.ScoresComplete(evaluation);
        var findings = audit.Findings.Select(f => builder.Evidence.Locate(complete ? f : Doubtful(f))).ToList();
        findings.AddRange(NarrativeMismatchCheck.Find(builder.Conflicts));
        findings.AddRange(MissingNumberCheck.Find(layout));
        done?.Invoke("findings");
        return new ImportResult(path, evaluation, facts.Unit, findings, null, audit.Card) {
            IndicatorCount = builder.IndicatorCount,
            Sources = builder.Evidence.Sources(),
            Alternatives = Alternatives.Of(facts, builder.Conflicts),
        };
    }

    /// <summary>Scores that do not add up when some rows of the table may not have been read: for a reviewer, not an error.</summary>
    private static Finding Doubtful(Finding finding) =>
        finding.RuleId == ScoresSumRuleId && finding.Severity == Severity.Error
            ? finding with { Severity = Severity.Warning, Message = finding.Message + "（表中各行分值之和不等于总分，可能有未识别的指标行）" }
            : finding;

    /// <summary>The audit rule that sums the stated scores (Auditor.Rules, JX-R12).</summary>
    private const string ScoresSumRuleId = "JX-R12";
}
