using System.Globalization;
using Jixiao.Core.Evaluations;
using Jixiao.Core.Rates;
using Jixiao.Core.Scoring;
using Jixiao.Documents.Report;
using Jixiao.Documents.Table.Xlsx;

namespace Jixiao.Documents.Table;

/// <summary>
/// The national 部门整体支出绩效自评表 (财预〔2020〕10号) and the regional tables built like it: the funds block
/// (年初预算数, 全年预算数, 全年执行数, 分值, 执行率, 得分), 年度总体目标, then one line per scored indicator under the
/// scheme's own columns, 总分 and 评级. Rates, the execution score, totals and the grade are live formulas.
/// </summary>
internal static class NationalTableLayout
{
    public const string Id = "national-2020";

    private static readonly string[] DefaultColumns = ["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分", "偏差原因分析及改进措施"];

    public static SheetBuilder Build(Evaluation evaluation, ScoreCard card)
    {
        var scheme = card.Scheme;
        var titles = scheme.Table is { Columns.Count: >= 3 } t ? t.Columns : DefaultColumns;
        var last = Math.Max(7, titles.Count);
        var widths = new double[last];
        for (var i = 0; i < last; i++)
            widths[i] = i < titles.Count ? Width(titles[i]) : 12;
        widths[0] = Math.Max(widths[0], 16);
        var sheet = new SheetBuilder("自评表", widths) { Landscape = widths.Sum() > 110 };
        var title = scheme.Table is { Title.Length: > 0 } tt ? tt.Title : "部门整体支出绩效自评表";
        var row = TableTitle.Write(sheet, title, evaluation.Year, evaluation.Department, last);

        var rows = ScoredRows.Build(evaluation, card);
        var execution = rows.FirstOrDefault(r => r.IsTopExecutionRate);
        var fundsRow = row + 1;
        row = Funds(sheet, evaluation, execution, row, last);
        row = Goal(sheet, evaluation, rows, row, last);
        Indicators(sheet, evaluation, card, rows.Where(r => !r.IsTopExecutionRate).ToList(), titles, row, last, execution is null ? null : (fundsRow, execution));
        return sheet;
    }

    private static double Width(string title) => title switch
    {
        "一级指标" => 12,
        "二级指标" => 12,
        "三级指标" => 24,
        "年度指标值" => 14,
        "实际完成值" => 16,
        "分值" or "得分" => 9,
        _ => 30,
    };

    /// <summary>The funds block; returns the next free row.</summary>
    private static int Funds(SheetBuilder sheet, Evaluation evaluation, ScoredRow? execution, int row, int last)
    {
        var headers = new[] { "项目", "年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分" };
        for (var c = 0; c < headers.Length; c++)
            sheet.Text(row, c + 1, headers[c], CellStyle.Header);
        if (last > 7)
            sheet.Span(row, 7, row, last, CellStyle.Header);

        var f = evaluation.Figures;
        var total = row + 1;
        var basic = row + 2;
        var project = row + 3;
        string C(int r) => SheetBuilder.Ref(r, 3);
        string D(int r) => SheetBuilder.Ref(r, 4);

        // 年度资金总额
        sheet.Text(total, 1, "年度资金总额", CellStyle.Text);
        sheet.Number(total, 2, f.Budget.Initial, CellStyle.Amount);
        sheet.Number(total, 3, f.Budget.Total, CellStyle.Amount);
        sheet.Number(total, 4, f.Spent.Total, CellStyle.Amount);
        Rate(sheet, total, Rates.Execution.Compute(evaluation), $"{D(total)}/{C(total)}", NumberText.RatePlaces(evaluation, "execution"));
        if (execution is not null)
        {
            sheet.Number(total, 5, execution.Weight, CellStyle.Score);
            var rate = SheetBuilder.Ref(total, 6);
            var weight = SheetBuilder.Ref(total, 5);
            if (Rates.Execution.Compute(evaluation) is not null)
                sheet.Formula(total, 7, $"ROUND(MIN({rate},1)*{weight},2)", execution.Score, CellStyle.Score);
            else
                sheet.Number(total, 7, execution.Score, CellStyle.Score);
        }
        else
        {
            sheet.Text(total, 5, "", CellStyle.Centered);
            sheet.Text(total, 7, "", CellStyle.Centered);
        }

        // 其中：基本支出 / 项目支出; a budget the report implies (全年 − 项目, seed 000) stays a formula.
        sheet.Text(basic, 1, "其中：基本支出", CellStyle.Text);
        sheet.Text(project, 1, "　　　项目支出", CellStyle.Text);
        PartBudget(sheet, basic, f.Budget.Basic, total, project, f.Budget.BasicOrImplied);
        PartBudget(sheet, project, f.Budget.Project, total, basic, f.Budget.ProjectOrImplied);
        sheet.Number(basic, 4, f.Spent.Basic, CellStyle.Amount);
        sheet.Number(project, 4, f.Spent.Project, CellStyle.Amount);
        Rate(sheet, basic, Rates.BasicExecution.Compute(evaluation), $"{D(basic)}/{C(basic)}", NumberText.RatePlaces(evaluation, "basicExecution"));
        Rate(sheet, project, Rates.ProjectExecution.Compute(evaluation), $"{D(project)}/{C(project)}", NumberText.RatePlaces(evaluation, "projectExecution"));
        foreach (var r in new[] { basic, project })
        {
            sheet.Text(r, 2, "", CellStyle.Amount);
            sheet.Text(r, 5, "—", CellStyle.Centered);
            sheet.Text(r, 7, "—", CellStyle.Centered);
        }
        for (var r = total; r <= project; r++)
        {
            if (last > 7)
                sheet.Span(r, 7, r, last, CellStyle.Score);
        }
        return project + 1;
    }

    /// <summary>A part's budget as stated; else, when the total and the other part are known, 全年 − other as a live formula.</summary>
    private static void PartBudget(SheetBuilder sheet, int row, decimal? stated, int total, int other, decimal? implied)
    {
        if (stated is { } value)
            sheet.Number(row, 3, value, CellStyle.Amount);
        else if (implied is not null)
            sheet.Formula(row, 3, $"{SheetBuilder.Ref(total, 3)}-{SheetBuilder.Ref(other, 3)}", implied, CellStyle.Amount);
        else
            sheet.Text(row, 3, "", CellStyle.Amount);
    }

    private static void Rate(SheetBuilder sheet, int row, RateValue? value, string formula, int places)
    {
        if (value is { } v)
            sheet.Formula(row, 6, formula, v.Fraction, CellStyle.Percent(places));
        else
            sheet.Text(row, 6, "", CellStyle.Percent(places));
    }

    private static int Goal(SheetBuilder sheet, Evaluation evaluation, IReadOnlyList<ScoredRow> rows, int row, int last)
    {
        var split = Math.Max(4, last / 2);
        sheet.Merge(row, 1, row + 1, 1, "年度总体目标", CellStyle.Header);
        sheet.Merge(row, 2, row, split, "预期目标", CellStyle.Header);
        sheet.Merge(row, split + 1, row, last, "实际完成情况", CellStyle.Header);
        sheet.Merge(row + 1, 2, row + 1, split, evaluation.AnnualGoal?.Trim() ?? "", CellStyle.Text);
        sheet.Merge(row + 1, split + 1, row + 1, last, Completion(evaluation, rows), CellStyle.Text);
        return row + 2;
    }

    /// <summary>实际完成情况: the department's own words when it wrote them, else the indicator count from the data.</summary>
    private static string Completion(Evaluation evaluation, IReadOnlyList<ScoredRow> rows)
    {
        if (evaluation.Narrative.TryGetValue("annual-goal", out var text) && !string.IsNullOrWhiteSpace(text))
            return text.Trim();
        if (evaluation.IndicatorSummary is { } summary)
            return $"设立绩效指标 {summary.Count} 项，已完成 {summary.Met} 项。";
        var indicators = rows.Where(r => r.IsDepartmentIndicator).ToList();
        if (indicators.Count == 0)
            return "";
        var met = indicators.Count(r => r.Score is { } s && r.Weight is { } w && s >= w);
        return $"设立绩效指标 {indicators.Count} 项，得满分 {met} 项。";
    }

    private static void Indicators(SheetBuilder sheet, Evaluation evaluation, ScoreCard card, List<ScoredRow> rows, IReadOnlyList<string> titles, int row, int last, (int Row, ScoredRow Line)? funds)
    {
        for (var c = 0; c < titles.Count; c++)
            sheet.Text(row, c + 1, titles[c], CellStyle.Header);
        if (titles.Count < last)
            sheet.Span(row, titles.Count, row, last, CellStyle.Header);

        var weightCol = Column(titles, "分值");
        var scoreCol = Column(titles, "得分");
        var first = row + 1;
        var r = first;
        foreach (var line in rows)
        {
            for (var c = 0; c < titles.Count; c++)
            {
                var column = c + 1;
                if (column == weightCol)
                    sheet.Number(r, column, line.Weight, CellStyle.Score);
                else if (column == scoreCol)
                    sheet.Number(r, column, line.Score, CellStyle.Score);
                else
                    sheet.Text(r, column, ReportComposer.Cell(line, titles[c]), titles[c].StartsWith('一') || titles[c].StartsWith('二') ? CellStyle.Centered : CellStyle.Text);
            }
            if (titles.Count < last)
                sheet.Span(r, titles.Count, r, last, CellStyle.Text);
            r++;
        }
        MergeRuns(sheet, rows, first, line => line.Level1, 1, _ => true);
        MergeRuns(sheet, rows, first, line => line.Level2, 2, i => i == 0 || rows[i].Level1 == rows[i - 1].Level1);
        var end = r - 1;
        Totals(sheet, evaluation, card, rows, r, last, first, end, weightCol, scoreCol, funds);
    }

    /// <summary>Merges runs of the same 一级 (or 二级 within one 一级) name down the column, as printed tables do.</summary>
    private static void MergeRuns(SheetBuilder sheet, List<ScoredRow> rows, int first, Func<ScoredRow, string> key, int column, Func<int, bool> continues)
    {
        var start = 0;
        for (var i = 1; i <= rows.Count; i++)
        {
            if (i < rows.Count && key(rows[i]).Length > 0 && key(rows[i]) == key(rows[start]) && continues(i))
                continue;
            if (i - 1 > start)
                sheet.Span(first + start, column, first + i - 1, column, CellStyle.Centered);
            start = i;
        }
    }

    private static void Totals(SheetBuilder sheet, Evaluation evaluation, ScoreCard card, List<ScoredRow> rows, int r, int last,
        int first, int end, int weightCol, int scoreCol, (int Row, ScoredRow Line)? funds)
    {
        var final = FinalScore.Of(evaluation, card);
        var labelEnd = Math.Max(1, Math.Min(weightCol, scoreCol) - 1);
        sheet.Merge(r, 1, r, labelEnd, "总分", new CellStyle(CellFont.Bold, Align: CellAlign.Center));
        sheet.Merge(r + 1, 1, r + 1, labelEnd, "评级", new CellStyle(CellFont.Bold, Align: CellAlign.Center));
        string plusFunds(string column) => funds is { } f ? $"+{SheetBuilder.Ref(f.Row, column == "w" ? 5 : 7)}" : "";
        var bold = new CellStyle(CellFont.Bold, NumberFormat: "0.00", Align: CellAlign.Center, Wrap: false);
        string range(int col) => end >= first ? $"SUM({SheetBuilder.Ref(first, col)}:{SheetBuilder.Ref(end, col)})" : "0";

        var weightSum = rows.Sum(x => x.Weight ?? 0m) + (funds?.Line.Weight ?? 0m);
        sheet.Formula(r, weightCol, range(weightCol) + plusFunds("w"), weightSum, bold);

        // The sum stays live when it is the engine's total; a cap or an unscoreable item makes it a stated value.
        var scoreSum = rows.Sum(x => x.Score ?? 0m) + (funds?.Line.Score ?? 0m);
        var totalCell = SheetBuilder.Ref(r, scoreCol);
        var live = final.Recomputed && card.CapApplied is null && scoreSum == final.Score;
        if (live)
            sheet.Formula(r, scoreCol, range(scoreCol) + plusFunds("s"), final.Score, bold);
        else
            sheet.Number(r, scoreCol, final.Score, bold);

        var grade = final.Grade?.ToChinese() ?? "";
        if (live)
            sheet.TextFormula(r + 1, scoreCol, GradeFormula(card, totalCell), grade, new CellStyle(CellFont.Bold, Align: CellAlign.Center));
        else
            sheet.Text(r + 1, scoreCol, grade, new CellStyle(CellFont.Bold, Align: CellAlign.Center));

        // Whatever lies between the label and the two numbers, and after them, carries the note.
        for (var c = labelEnd + 1; c <= last; c++)
        {
            if (c == weightCol || c == scoreCol)
                continue;
            sheet.Text(r, c, "", CellStyle.Text);
            sheet.Text(r + 1, c, "", CellStyle.Text);
        }
        var noteFrom = Math.Max(weightCol, scoreCol) + 1;
        if (noteFrom <= last)
        {
            sheet.Merge(r, noteFrom, r + 1, last, Conclusion(final), CellStyle.Text);
        }
        if (weightCol != scoreCol)
            sheet.Text(r + 1, weightCol, "", CellStyle.Text);
    }

    /// <summary>The conclusion beside 总分 and 评级, so the printed table states it in words too.</summary>
    private static string Conclusion(FinalScore final)
    {
        if (final.Score is not { } score)
            return final.Note ?? "";
        var grade = final.Grade is { } g ? $"，评级为“{g.ToChinese()}”" : "";
        return $"自评得分 {NumberText.Score(score)} 分{grade}{(final.Note is null ? "" : $"（{final.Note}）")}。";
    }

    /// <summary>=IF(G30>=90,"优",IF(G30>=80,"良",…)) from the scheme's bands.</summary>
    private static string GradeFormula(ScoreCard card, string cell)
    {
        var bands = card.Scheme.Grades;
        var formula = $"\"{bands[^1].Grade.ToChinese()}\"";
        for (var i = bands.Count - 2; i >= 0; i--)
            formula = $"IF({cell}>={bands[i].Min.ToString(CultureInfo.InvariantCulture)},\"{bands[i].Grade.ToChinese()}\",{formula})";
        return formula;
    }

    private static int Column(IReadOnlyList<string> titles, string title)
    {
        for (var i = 0; i < titles.Count; i++)
        {
            if (titles[i] == title)
                return i + 1;
        }
        return titles.Count;
    }
}
