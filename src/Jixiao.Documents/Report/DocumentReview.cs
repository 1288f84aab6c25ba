using System.Globalization;
using System.Text;
using Jixiao.Core.Audit;
using Jixiao.Core.Evaluations;
using Jixiao.Core.Schemes;
using Jixiao.Core.Scoring;
using Jixiao.Documents.Import.Narrative;

namespace Jixiao.Documents.Report;

/// <summary>
/// What the person generating the documents must know, and what never goes into them: the audit's findings and
/// what the report had to leave out for want of data. An evaluation with an error, a missing required part or an
/// omission is a draft: its documents carry a 草稿 mark and this list goes beside them (<see cref="ToText"/>).
/// </summary>
public sealed class DocumentReview
{
    private DocumentReview(IReadOnlyList<Finding> findings, IReadOnlyList<string> omissions)
    {
        Findings = findings;
        Omissions = omissions;
    }

    public IReadOnlyList<Finding> Findings { get; }

    /// <summary>Sections and totals the report leaves out because the evaluation does not give them.</summary>
    public IReadOnlyList<string> Omissions { get; }

    public bool IsDraft =>
        Omissions.Count > 0 || Findings.Any(f => f.Severity == Severity.Error || f.Kind == FindingKinds.MissingRequired);

    public static DocumentReview Of(Evaluation evaluation, Scheme scheme, ScoreCard? card = null)
    {
        var audit = Auditor.Run(evaluation, scheme);
        var report = ReportComposer.Compose(evaluation, scheme, card ?? audit.Card, new ReportOptions { Cover = false });
        var findings = audit.Findings.ToList();
        // The narrative is printed as written: a sentence that lost its number (seed 002: "等数余件") is the
        // department's to fix, so it is listed with the section it is in.
        var titles = evaluation.Outline.Concat(scheme.Outline.Sections).SelectMany(s => s.SelfAndDescendants())
            .GroupBy(s => s.Id, StringComparer.Ordinal).ToDictionary(g => g.Key, g => HeadingNumber.Strip(g.First().Title).Text, StringComparer.Ordinal);
        foreach (var (section, text) in evaluation.Narrative)
        {
            foreach (var finding in MissingNumberCheck.FindIn(text))
                findings.Add(finding with { Place = $"“{titles.GetValueOrDefault(section, section)}”一节", Line = null });
        }
        return new DocumentReview(findings, report.Omissions);
    }

    /// <summary>The 待修改 list: one numbered line per item, errors first, for the department to work through.</summary>
    public string ToText(Evaluation evaluation)
    {
        var sb = new StringBuilder(1024);
        sb.Append(CultureInfo.InvariantCulture, $"{evaluation.Year}年度{evaluation.Department}部门整体支出绩效自评：待修改事项\n");
        sb.Append(IsDraft ? "报告和自评表为草稿（每页标有“草稿”），以下事项修改后重新生成即为正式文本。\n\n" : "以下事项请核对。\n\n");
        var n = 0;
        foreach (var f in Findings.OrderBy(f => f.Severity))
            sb.Append(CultureInfo.InvariantCulture, $"{++n}. 【{f.Severity.ToChinese()}】{f.Message}{(f.Place is null ? "" : $"（{f.Place}）")}\n");
        foreach (var omission in Omissions)
            sb.Append(CultureInfo.InvariantCulture, $"{++n}. 【缺项】{omission}\n");
        return sb.ToString();
    }
}
