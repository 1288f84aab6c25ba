using Jixiao.Core.Evaluations;
using Jixiao.Core.Schemes;
using Jixiao.Core.Scoring;
using Jixiao.Documents.Table;

namespace Jixiao.Documents.Report;

/// <summary>
/// Lays out a report by the scheme's outline: every section in order under its exact title, the department's
/// narrative, the figures sentences in the section that lists those figures, the conclusion in the section that
/// lists selfScore and grade, and the score table appended. Text the product writes is never typed by hand.
/// </summary>
internal static class ReportComposer
{
    private static readonly HashSet<string> FundsFigures = new(StringComparer.Ordinal)
    {
        "budget.initial", "budget.adjustment", "budget.total", "budget.basic", "budget.project",
        "spent.total", "spent.basic", "spent.project", "executionRate", "fundsReceived",
        "carryoverFromLastYear", "yearEndBalance", "threePublic.spent", "threePublic.budget",
    };

    private static readonly string[] DefaultColumns = ["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分"];

    public static ReportDocument Compose(Evaluation evaluation, Scheme scheme, ScoreCard card, ReportOptions options)
    {
        var final = FinalScore.Of(evaluation, card);
        var sections = scheme.Outline.Sections;
        var fundsSection = Find(sections, s => s.Figures.Any(FundsFigures.Contains)) ?? (sections.Count > 0 ? sections[0] : null);
        var conclusionSection = Find(sections, s => s.Figures.Contains("selfScore") || s.Figures.Contains("grade"));
        var context = new Context(evaluation, fundsSection, conclusionSection, ConclusionSentence.Write(evaluation, final));

        var blocks = new List<ReportBlock>(64);
        foreach (var section in sections)
            AddSection(blocks, section, 1, context);

        blocks.Add(new ReportPageBreak());
        var tableTitle = scheme.Table is { Title.Length: > 0 } t ? t.Title : "部门整体支出绩效自评表";
        blocks.Add(new ReportHeading(1, $"附表：{tableTitle}"));
        if (conclusionSection is null)
            blocks.Add(new ReportParagraph(context.Conclusion));
        blocks.Add(ScoreTable(evaluation, scheme, card, final));

        var title = $"{evaluation.Year} 年度{evaluation.Department}部门整体支出绩效自评报告";
        var cover = options.Cover ? new ReportCover(evaluation.Department, evaluation.Year, options.FilledOn ?? DateOnly.FromDateTime(DateTime.Now)) : null;
        return new ReportDocument(title, cover, blocks);
    }

    private static void AddSection(List<ReportBlock> blocks, OutlineSection section, int level, Context context)
    {
        var evaluation = context.Evaluation;
        var narrative = evaluation.Narrative.TryGetValue(section.Id, out var text) ? Paragraphs(text) : [];
        if (!section.Required && narrative.Count == 0 && section != context.FundsSection && section != context.ConclusionSection)
            return;
        blocks.Add(new ReportHeading(level, section.Title));

        var generated = new List<string>();
        if (section == context.FundsSection)
            generated.AddRange(FundsSentences.Write(evaluation));
        if (section == context.ConclusionSection)
            generated.Add(context.Conclusion);
        if (section.Figures.Contains("annualGoal") && !string.IsNullOrWhiteSpace(evaluation.AnnualGoal))
            generated.Add($"年度总体目标：{evaluation.AnnualGoal.Trim()}");
        if (section.Figures.Contains("indicators") && evaluation.IndicatorSummary is { } summary)
            generated.Add($"围绕年度总体目标设立绩效指标 {summary.Count} 项，已完成 {summary.Met} 项。");

        foreach (var sentence in generated)
            blocks.Add(new ReportParagraph(sentence));
        var comparable = generated.Select(Comparable).ToList();
        foreach (var paragraph in narrative)
        {
            // The department's narrative often restates the figures sentence word for word (seed 000): keep it once.
            var key = Comparable(paragraph);
            if (!comparable.Exists(g => g.Contains(key, StringComparison.Ordinal)))
                blocks.Add(new ReportParagraph(paragraph));
        }
        if (generated.Count == 0 && narrative.Count == 0 && section.Children.Count == 0)
            blocks.Add(new ReportParagraph("（部门未填写本部分内容。）"));

        foreach (var child in section.Children)
            AddSection(blocks, child, level + 1, context);
    }

    private static ReportTable ScoreTable(Evaluation evaluation, Scheme scheme, ScoreCard card, FinalScore final)
    {
        var titles = scheme.Table is { } t && t.Columns.Contains("分值") && t.Columns.Contains("得分") ? t.Columns : DefaultColumns;
        var columns = titles.Select(c => new ReportColumn(c, ColumnWidth(c), c is "分值" or "得分")).ToList();
        var rows = new List<ReportTableRow>();
        foreach (var row in ScoredRows.Build(evaluation, card))
            rows.Add(new ReportTableRow(titles.Select(c => Cell(row, c)).ToList()));

        var weightAt = IndexOf(titles, "分值");
        var scoreAt = IndexOf(titles, "得分");
        var total = new string[titles.Count];
        Array.Fill(total, "");
        total[0] = "总分";
        total[weightAt] = NumberText.Score(scheme.TotalWeight);
        total[scoreAt] = final.Score is { } s ? NumberText.Score(s) : "—";
        var noteAt = titles.Count - 1;
        if (noteAt != scoreAt && final.Note is not null)
            total[noteAt] = final.Note;
        rows.Add(new ReportTableRow(total, Emphasis: true));

        var grade = new string[titles.Count];
        Array.Fill(grade, "");
        grade[0] = "评级";
        grade[scoreAt] = final.Grade?.ToChinese() ?? "—";
        rows.Add(new ReportTableRow(grade, Emphasis: true));
        return new ReportTable(columns, rows);
    }

    internal static string Cell(ScoredRow row, string column) => column switch
    {
        "一级指标" => row.Level1,
        "二级指标" => row.Level2,
        "三级指标" => row.Level3,
        "年度指标值" => row.Target,
        "实际完成值" => row.Actual,
        "分值" => row.Weight is { } w ? NumberText.Score(w) : "",
        "得分" => row.Score is { } s ? NumberText.Score(s) : "",
        _ when column.StartsWith("偏差", StringComparison.Ordinal) || column.StartsWith("评分依据", StringComparison.Ordinal) => row.Note,
        _ => "",
    };

    /// <summary>Relative widths: names and notes need room, the two score columns little.</summary>
    internal static double ColumnWidth(string column) => column switch
    {
        "一级指标" or "二级指标" => 1.3,
        "三级指标" => 2.2,
        "年度指标值" => 1.3,
        "实际完成值" => 1.5,
        "分值" or "得分" => 0.75,
        _ => 2.0,
    };

    private static int IndexOf(IReadOnlyList<string> titles, string title)
    {
        for (var i = 0; i < titles.Count; i++)
        {
            if (titles[i] == title)
                return i;
        }
        return titles.Count - 1;
    }

    private static OutlineSection? Find(IReadOnlyList<OutlineSection> sections, Func<OutlineSection, bool> predicate) =>
        sections.SelectMany(s => s.SelfAndDescendants()).FirstOrDefault(predicate);

    private static List<string> Paragraphs(string text) =>
        text.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).ToList();

    /// <summary>Text without spaces and thousands separators, so "6,612.3 万元" and "6612.3万元" compare equal.</summary>
    private static string Comparable(string text)
    {
        var chars = new char[text.Length];
        var n = 0;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (char.IsWhiteSpace(c) || (c == ',' && i > 0 && i + 1 < text.Length && char.IsAsciiDigit(text[i - 1]) && char.IsAsciiDigit(text[i + 1])))
                continue;
            chars[n++] = c;
        }
        return new string(chars, 0, n);
    }

    private sealed record Context(Evaluation Evaluation, OutlineSection? FundsSection, OutlineSection? ConclusionSection, string Conclusion);
}
