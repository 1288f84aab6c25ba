using System.Globalization;
using Jixiao.Core.Evaluations;
using Jixiao.Core.Schemes;
using Jixiao.Core.Scoring;
using Jixiao.Documents.Table;

namespace Jixiao.Documents.Report;

/// <summary>
/// Lays out a report: the evaluation's own outline where it has one, else the scheme's (see
/// <see cref="OutlinePlan"/>), headings numbered by their place; in each section the department's words, and only
/// where the department wrote nothing the figures sentences, the key tasks with their goals, the conclusion; the
/// 自评表 of the scheme's layout as 附件. Every sentence comes from a field of the evaluation or the scheme: a
/// section with nothing to say is left out (and named in <see cref="ReportDocument.Omissions"/>), no paragraph is
/// written twice, and nothing in the document speaks about the system.
/// </summary>
internal static class ReportComposer
{
    private static readonly HashSet<string> FundsFigures = new(StringComparer.Ordinal)
    {
        "budget.initial", "budget.adjustment", "budget.total", "budget.basic", "budget.project",
        "spent.total", "spent.basic", "spent.project", "executionRate", "fundsReceived",
        "carryoverFromLastYear", "yearEndBalance", "threePublic.spent", "threePublic.budget",
    };

    /// <summary>About 20 characters of 二号 fit the text width: a longer title breaks after the department.</summary>
    private const double TitleLineEms = 20;

    public static ReportDocument Compose(Evaluation evaluation, Scheme scheme, ScoreCard card, ReportOptions options)
    {
        var numbers = new DocumentNumbers(scheme.Precision) { KnownRates = DocumentNumbers.RatesOf(evaluation) };
        var sheet = TableWriter.Build(evaluation, card);
        var score = TableWriter.Score(evaluation, card);
        var plan = OutlinePlan.Of(evaluation.Outline, scheme.Outline, id => evaluation.Narrative.TryGetValue(id, out var t) && !string.IsNullOrWhiteSpace(t));
        var all = plan.SelectMany(s => s.SelfAndDescendants()).ToList();
        var context = new Context(evaluation, numbers, ConclusionSentence.Write(evaluation, score, numbers))
        {
            Funds = all.FirstOrDefault(s => s.Figures.Any(FundsFigures.Contains)),
            Conclusion = all.FirstOrDefault(s => s.Figures.Contains("selfScore") || s.Figures.Contains("grade")),
            Tasks = all.FirstOrDefault(s => s.Lists.Contains("tasks")),
        };

        var blocks = Sections(plan, 1, context);
        var (appendix, table) = AppendixTable.From(sheet);
        blocks.Add(appendix);
        blocks.Add(table);

        if (score.TableTotal is null && table.Rows.Count > 0 && (scheme.Table?.Layout ?? "national-2020") != "guangzhou-2021")
        {
            context.Omissions.Add("附表中有指标未列分值或得分，附表的总分和评级空缺；请补全各项指标的分值和得分");
            context.Omissions.AddRange(card.Missing.Select(m => $"附表缺少{m}，该项无得分"));
        }

        var year = evaluation.Year.ToString(CultureInfo.InvariantCulture);
        var title = $"{year}年度{evaluation.Department}部门整体支出绩效自评报告";
        var lines = Ems(title) <= TitleLineEms ? [title] : new[] { $"{year}年度{evaluation.Department}", "部门整体支出绩效自评报告" };
        var cover = options.Cover ? new ReportCover(evaluation.Department, evaluation.Year, evaluation.FiledOn ?? options.FilledOn) : null;
        return new ReportDocument(title, lines, cover, blocks) { Draft = options.Draft, Omissions = context.Omissions };
    }

    /// <summary>The blocks of <paramref name="sections"/>, numbering those written by their place among their siblings.</summary>
    private static List<ReportBlock> Sections(IReadOnlyList<PlannedSection> sections, int level, Context context)
    {
        var blocks = new List<ReportBlock>();
        var ordinal = 0;
        foreach (var section in sections)
        {
            var body = Content(section, context);
            body.AddRange(Sections(section.Children, level + 1, context));
            if (body.Count == 0)
            {
                if (section.Required)
                    context.Omissions.Add($"章节“{section.Title}”没有内容，报告中未列出");
                continue;
            }
            var number = section.Numbered ? HeadingNumber.Of(level, ++ordinal) : "";
            blocks.Add(new ReportHeading(level, number + section.Title));
            blocks.AddRange(body);
        }
        return blocks;
    }

    private static List<ReportBlock> Content(PlannedSection section, Context context)
    {
        var evaluation = context.Evaluation;
        var numbers = context.Numbers;
        var narrative = evaluation.Narrative.TryGetValue(section.Id, out var text) ? NarrativeText.Paragraphs(text, numbers).ToList() : [];
        var paragraphs = new List<ReportParagraph>();

        if (section == context.Conclusion && context.ConclusionSentence is { } conclusion && !StatesScore(narrative, evaluation, numbers))
            paragraphs.Add(new ReportParagraph(conclusion));
        if (section.Figures.Contains("annualGoal") && evaluation.AnnualGoal is { } goal && !string.IsNullOrWhiteSpace(goal))
            paragraphs.Add(new ReportParagraph(NarrativeText.Normalize(goal, numbers)));

        var tasks = section == context.Tasks && !TaskParagraphs.Covered(narrative, evaluation, numbers) ? TaskParagraphs.Write(evaluation, numbers) : [];
        foreach (var paragraph in narrative)
        {
            if (tasks.Count == 0 || !TaskParagraphs.OnlyNames(paragraph, evaluation))
                paragraphs.Add(new ReportParagraph(paragraph));
        }
        paragraphs.AddRange(tasks);

        if (section == context.Funds && narrative.Count == 0)
            paragraphs.AddRange(FundsSentences.Write(evaluation, numbers).Select(p => new ReportParagraph(p)));
        if (section.Figures.Contains("indicators") && evaluation.IndicatorSummary is { } summary)
        {
            var count = summary.Count.ToString(CultureInfo.InvariantCulture);
            var met = summary.Met.ToString(CultureInfo.InvariantCulture);
            paragraphs.Add(new ReportParagraph($"围绕年度总体目标设立绩效指标{count}项，已完成{met}项。"));
        }

        // Nothing twice: a paragraph already written (or already said inside a longer one) is left out; a short
        // answer such as "无" may stand in several sections.
        var blocks = new List<ReportBlock>(paragraphs.Count);
        foreach (var p in paragraphs)
        {
            var key = ReportText.Comparable(p.Lead + p.Text);
            if (key.Length == 0 || (key.Length >= ReportText.RepeatableLength && context.Written.Exists(w => w.Contains(key, StringComparison.Ordinal))))
                continue;
            context.Written.Add(key);
            blocks.Add(p);
        }
        return blocks;
    }

    /// <summary>Whether the department's conclusion already gives the score ("自评得分 91.5 分").</summary>
    private static bool StatesScore(List<string> narrative, Evaluation evaluation, DocumentNumbers numbers)
    {
        if (narrative.Count == 0)
            return false;
        var text = ReportText.Comparable(string.Concat(narrative));
        var scores = new[] { evaluation.Stated.Score }.OfType<decimal>()
            .SelectMany(s => new[] { numbers.Score(s), s.ToString("0.##", CultureInfo.InvariantCulture) });
        return scores.Any(s => text.Contains(s + "分", StringComparison.Ordinal));
    }

    private static double Ems(string text) => text.Sum(c => c < 0x2E80 ? 0.5 : 1.0);

    private sealed class Context(Evaluation evaluation, DocumentNumbers numbers, string? conclusion)
    {
        public Evaluation Evaluation { get; } = evaluation;

        public DocumentNumbers Numbers { get; } = numbers;

        public string? ConclusionSentence { get; } = conclusion;

        public PlannedSection? Funds { get; init; }

        public PlannedSection? Conclusion { get; init; }

        public PlannedSection? Tasks { get; init; }

        public List<string> Written { get; } = [];

        public List<string> Omissions { get; } = [];
    }
}
