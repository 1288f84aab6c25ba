using System.Globalization;
using Jixiao.Core.Evaluations;
using Jixiao.Core.Rates;
using Jixiao.Core.Scoring;
using Jixiao.Documents.Import.Extraction;
using Jixiao.Documents.Import.Structure;
using Jixiao.Documents.Import.Vocabularies;
using Jixiao.Documents.Report;
using Jixiao.Documents.Table.Xlsx;

namespace Jixiao.Documents.Table;

/// <summary>
/// The national 部门整体支出绩效自评表 (财预〔2020〕10号) and the regional tables built like it: the funds block
/// (年初预算数, 全年预算数, 全年执行数, 分值, 执行率, 得分), 年度总体目标, then one line per scored indicator under the
/// scheme's own columns with repeated 一级/二级 names merged, 总分 and 评级. Rates, the execution score, totals
/// and the grade are live formulas; 总分 and 评级 are written only when every line has its score (see
/// <see cref="DocumentScore"/>). The form's words come from the lexicon (<see cref="FormLabels"/>), and what a
/// scheme's column shows is decided by the rules the importer reads that header with.
/// </summary>
internal static class NationalTableLayout
{
    public const string Id = "national-2020";

    private static FormLabels Form => Lexicon.Default.Forms[Id];

    public static SheetBuilder Build(Evaluation evaluation, ScoreCard card, DocumentNumbers numbers, IReadOnlyList<ScoredRow> rows, DocumentScore score)
    {
        var scheme = card.Scheme;
        var titles = scheme.Table is { Columns.Count: >= 3 } t ? t.Columns : [.. Form.Indicators.Select(i => i.Label)];
        var last = Math.Max(7, titles.Count);
        var widths = new double[last];
        for (var i = 0; i < last; i++)
            widths[i] = i < titles.Count ? Width(titles[i]) : 12;
        widths[0] = Math.Max(widths[0], 16);
        var sheet = new SheetBuilder("自评表", widths) { Landscape = widths.Sum() > 110 };
        var title = scheme.Table is { Title.Length: > 0 } tt ? tt.Title : Form.Title;
        var row = TableTitle.Write(sheet, title, evaluation.Year, evaluation.Department, last);

        var execution = rows.FirstOrDefault(r => r.IsTopExecutionRate);
        var fundsRow = row + 1;
        row = Funds(sheet, evaluation, execution, numbers, row, last);
        row = Goal(sheet, evaluation, numbers, row, last);
        Indicators(sheet, card, numbers, rows.Where(r => !r.IsTopExecutionRate).ToList(), score, titles, row, last, execution is null ? null : (fundsRow, execution));
        return sheet;
    }

    private static double Width(string title) => Columns.Classify(title) switch
    {
        Column.Level1 or Column.Level2 => 12,
        Column.Name => 24,
        Column.Target => 14,
        Column.Actual => 16,
        Column.Weight or Column.Score => 9,
        _ => 30,
    };

    /// <summary>The funds block; returns the next free row.</summary>
    private static int Funds(SheetBuilder sheet, Evaluation evaluation, ScoredRow? execution, DocumentNumbers numbers, int row, int last)
    {
        // The columns' places are the layout's (the formulas refer to them); their words are the form's.
        var headers = new[] { Column.Label, Column.Initial, Column.Total, Column.Spent, Column.Weight, Column.ExecutionRate, Column.Score }.Select(Form.FundsLabel).ToList();
        for (var c = 0; c < headers.Count; c++)
            sheet.Text(row, c + 1, headers[c], CellStyle.Header);
        if (last > 7)
            sheet.Span(row, 7, row, last, CellStyle.Header);
        sheet.KeepTogether(row, row + 3);

        var f = evaluation.Figures;
        var amount = CellStyle.Amount(numbers.AmountFormat);
        var scoreStyle = CellStyle.Score(numbers.ScoreFormat);
        var total = row + 1;
        var basic = row + 2;
        var project = row + 3;
        string C(int r) => SheetBuilder.Ref(r, 3);
        string D(int r) => SheetBuilder.Ref(r, 4);

        // 年度资金总额
        sheet.Text(total, 1, Form.RowLabel(FundsRow.Total), CellStyle.Text);
        sheet.Number(total, 2, f.Budget.Initial, amount);
        sheet.Number(total, 3, f.Budget.Total, amount);
        sheet.Number(total, 4, f.Spent.Total, amount);
        var executionRate = Rates.Execution.Compute(evaluation);
        Rate(sheet, total, executionRate, $"{D(total)}/{C(total)}", numbers);
        if (execution is not null)
        {
            sheet.Number(total, 5, execution.Weight, scoreStyle);
            var rate = SheetBuilder.Ref(total, 6);
            var weight = SheetBuilder.Ref(total, 5);
            var places = numbers.Precision.Scores.ToString(CultureInfo.InvariantCulture);
            if (executionRate is not null && execution.Score is not null)
                sheet.Formula(total, 7, $"ROUND(MIN({rate},1)*{weight},{places})", execution.Score, scoreStyle);
            else
                sheet.Number(total, 7, execution.Score, scoreStyle);
        }
        else
        {
            sheet.Text(total, 5, "", CellStyle.Centered);
            sheet.Text(total, 7, "", CellStyle.Centered);
        }

        // 其中：基本支出 / 项目支出; a budget the report implies (全年 − 项目, seed 000) stays a formula.
        sheet.Text(basic, 1, Form.RowLabel(FundsRow.Basic), CellStyle.Text);
        // Indented under "其中：" as the form prints it.
        sheet.Text(project, 1, "　　　" + Form.RowLabel(FundsRow.Project), CellStyle.Text);
        PartBudget(sheet, basic, f.Budget.Basic, total, project, f.Budget.BasicOrImplied, amount);
        PartBudget(sheet, project, f.Budget.Project, total, basic, f.Budget.ProjectOrImplied, amount);
        sheet.Number(basic, 4, f.Spent.Basic, amount);
        sheet.Number(project, 4, f.Spent.Project, amount);
        Rate(sheet, basic, Rates.BasicExecution.Compute(evaluation), $"{D(basic)}/{C(basic)}", numbers);
        Rate(sheet, project, Rates.ProjectExecution.Compute(evaluation), $"{D(project)}/{C(project)}", numbers);
        foreach (var r in new[] { basic, project })
        {
            sheet.Text(r, 2, "", amount);
            sheet.Text(r, 5, "—", CellStyle.Centered);
            sheet.Text(r, 7, "—", CellStyle.Centered);
        }
        for (var r = total; r <= project; r++)
        {
            if (last > 7)
                sheet.Span(r, 7, r, last, scoreStyle);
        }
        return project + 1;
    }

    /// <summary>A part's budget as stated; else, when the total and the other part are known, 全年 − other as a live formula.</summary>
    private static void PartBudget(SheetBuilder sheet, int row, decimal? stated, int total, int other, decimal? implied, CellStyle amount)
    {
        if (stated is { } value)
            sheet.Number(row, 3, value, amount);
        else if (implied is not null)
            sheet.Formula(row, 3, $"{SheetBuilder.Ref(total, 3)}-{SheetBuilder.Ref(other, 3)}", implied, amount);
        else
            sheet.Text(row, 3, "", amount);
    }

    private static void Rate(SheetBuilder sheet, int row, RateValue? value, string formula, DocumentNumbers numbers)
    {
        var style = CellStyle.Rate(numbers.RateFormat);
        if (value is { } v)
            sheet.Formula(row, 6, formula, v.Fraction, style);
        else
            sheet.Text(row, 6, "", style);
    }

    private static int Goal(SheetBuilder sheet, Evaluation evaluation, DocumentNumbers numbers, int row, int last)
    {
        var split = Math.Max(4, last / 2);
        sheet.Merge(row, 1, row + 1, 1, Form.Block("goal"), CellStyle.Header);
        sheet.Merge(row, 2, row, split, Form.Block("planned"), CellStyle.Header);
        sheet.Merge(row, split + 1, row, last, Form.Block("achieved"), CellStyle.Header);
        sheet.Merge(row + 1, 2, row + 1, split, Guangzhou2021TableLayout.Prose(evaluation.AnnualGoal, numbers), CellStyle.Text);
        sheet.Merge(row + 1, split + 1, row + 1, last, Completion(evaluation, numbers), CellStyle.Text);
        sheet.KeepTogether(row, row + 1);
        return row + 2;
    }

    /// <summary>实际完成情况: the department's own words when it wrote them, else the indicator count it gave.</summary>
    private static string Completion(Evaluation evaluation, DocumentNumbers numbers)
    {
        if (evaluation.Narrative.TryGetValue("annual-goal", out var text) && !string.IsNullOrWhiteSpace(text))
            return Guangzhou2021TableLayout.Prose(text, numbers);
        if (evaluation.IndicatorSummary is { } summary)
            return $"设立绩效指标{summary.Count.ToString(CultureInfo.InvariantCulture)}项，已完成{summary.Met.ToString(CultureInfo.InvariantCulture)}项。";
        return "";
    }

    private static void Indicators(SheetBuilder sheet, ScoreCard card, DocumentNumbers numbers, List<ScoredRow> rows, DocumentScore score,
        IReadOnlyList<string> titles, int row, int last, (int Row, ScoredRow Line)? funds)
    {
        for (var c = 0; c < titles.Count; c++)
            sheet.Text(row, c + 1, titles[c], CellStyle.Header);
        if (titles.Count < last)
            sheet.Span(row, titles.Count, row, last, CellStyle.Header);
        sheet.HeaderRow(row);

        var kinds = titles.Select(Columns.Classify).ToList();
        var weightCol = ColumnOf(kinds, Column.Weight);
        var scoreCol = ColumnOf(kinds, Column.Score);
        // A score table without targets and results (Sichuan, Hunan) explains each score in its remark column instead.
        var explains = !kinds.Contains(Column.Target) && !kinds.Contains(Column.Actual);
        var scoreStyle = CellStyle.Score(numbers.ScoreFormat);
        var first = row + 1;
        var r = first;
        foreach (var line in rows)
        {
            for (var c = 0; c < titles.Count; c++)
            {
                var column = c + 1;
                if (column == weightCol)
                    sheet.Number(r, column, line.Weight, scoreStyle);
                else if (column == scoreCol)
                    sheet.Number(r, column, line.Score, scoreStyle);
                else
                    sheet.Text(r, column, Cell(line, kinds[c], explains), kinds[c] is Column.Level1 or Column.Level2 ? CellStyle.Centered : CellStyle.Text);
            }
            if (titles.Count < last)
                sheet.Span(r, titles.Count, r, last, CellStyle.Text);
            r++;
        }
        MergeRuns(sheet, rows, first, line => line.Level1, 1, _ => true);
        MergeRuns(sheet, rows, first, line => line.Level2, 2, i => i == 0 || rows[i].Level1 == rows[i - 1].Level1);
        if (score.CapAdjustment is { } cap)
        {
            var labelEnd = Math.Max(1, Math.Min(weightCol, scoreCol) - 1);
            sheet.Merge(r, 1, r, labelEnd, Form.Block("capped"), CellStyle.Centered);
            sheet.Number(r, scoreCol, cap, scoreStyle);
            for (var c = labelEnd + 1; c <= last; c++)
            {
                if (c != scoreCol)
                    sheet.Text(r, c, c == last && last != scoreCol ? score.CapNote : "", CellStyle.Text);
            }
            r++;
        }
        Totals(sheet, card, numbers, rows, score, r, last, first, weightCol, scoreCol, funds);
    }

    /// <summary>What a column of the scheme shows for a line; a remark that <paramref name="explains"/> the score falls back to the inputs the score rests on.</summary>
    private static string Cell(ScoredRow row, Column column, bool explains) => column switch
    {
        Column.Level1 => row.Level1,
        Column.Level2 => row.Level2,
        Column.Name => row.Level3,
        Column.Target => row.Target,
        Column.Actual => row.Actual,
        Column.Remark when row.Note.Length == 0 && explains && row.Score is not null => row.Basis,
        Column.Remark => row.Note,
        _ => "",
    };

    /// <summary>Merges runs of the same 一级 (or 二级 within one 一级) name down the column, as printed tables do.</summary>
    private static void MergeRuns(SheetBuilder sheet, List<ScoredRow> rows, int first, Func<ScoredRow, string> key, int column, Func<int, bool> continues)
    {
        var start = 0;
        for (var i = 1; i <= rows.Count; i++)
        {
            if (i < rows.Count && key(rows[i]).Length > 0 && key(rows[i]) == key(rows[start]) && continues(i))
                continue;
            if (i - 1 > start)
            {
                sheet.Span(first + start, column, first + i - 1, column, CellStyle.Centered);
                sheet.KeepTogether(first + start, first + i - 1);
            }
            start = i;
        }
    }

    private static void Totals(SheetBuilder sheet, ScoreCard card, DocumentNumbers numbers, List<ScoredRow> rows, DocumentScore score, int r, int last,
        int first, int weightCol, int scoreCol, (int Row, ScoredRow Line)? funds)
    {
        var labelEnd = Math.Max(1, Math.Min(weightCol, scoreCol) - 1);
        var label = new CellStyle(CellFont.Bold, Align: CellAlign.Center);
        sheet.Merge(r, 1, r, labelEnd, Form.Block("total"), label);
        sheet.Merge(r + 1, 1, r + 1, labelEnd, Form.Block("grade"), label);
        sheet.KeepTogether(r - 1, r + 1);
        var bold = new CellStyle(CellFont.Bold, NumberFormat: numbers.ScoreFormat, Align: CellAlign.Center, Wrap: false);
        var end = r - 1;
        string Sum(int col, int fundsCol) =>
            (end >= first ? $"SUM({SheetBuilder.Ref(first, col)}:{SheetBuilder.Ref(end, col)})" : "0") + (funds is { } f ? $"+{SheetBuilder.Ref(f.Row, fundsCol)}" : "");

        var weightSum = rows.Sum(x => x.Weight ?? 0m) + (funds?.Line.Weight ?? 0m);
        sheet.Formula(r, weightCol, Sum(weightCol, 5), weightSum, bold);

        var gradeStyle = new CellStyle(CellFont.Bold, Align: CellAlign.Center);
        if (score.TableTotal is { } total)
        {
            sheet.Formula(r, scoreCol, Sum(scoreCol, 7), total, bold);
            sheet.TextFormula(r + 1, scoreCol, GradeFormula(card, SheetBuilder.Ref(r, scoreCol)), score.Grade?.ToChinese() ?? "", gradeStyle);
        }
        else
        {
            sheet.Text(r, scoreCol, "", bold);
            sheet.Text(r + 1, scoreCol, "", gradeStyle);
        }

        for (var c = labelEnd + 1; c <= last; c++)
        {
            if (c == weightCol || c == scoreCol)
                continue;
            sheet.Text(r, c, "", CellStyle.Text);
            sheet.Text(r + 1, c, "", CellStyle.Text);
        }
        var noteFrom = Math.Max(weightCol, scoreCol) + 1;
        if (noteFrom <= last)
            sheet.Merge(r, noteFrom, r + 1, last, "", CellStyle.Text);
        if (weightCol != scoreCol)
            sheet.Text(r + 1, weightCol, "", CellStyle.Text);
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

    /// <summary>The sheet column (from 1) of the first title of kind <paramref name="kind"/>, else the last.</summary>
    private static int ColumnOf(List<Column> kinds, Column kind) => kinds.IndexOf(kind) is >= 0 and var i ? i + 1 : kinds.Count;
}
