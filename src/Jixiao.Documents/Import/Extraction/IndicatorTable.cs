using System.Text.RegularExpressions;
using Jixiao.Core.Scoring;
using Jixiao.Documents.Import.Vocabularies;
using Jixiao.Documents.Import.Structure;

namespace Jixiao.Documents.Import.Extraction;

/// <summary>
/// The scored indicator table (一级指标 / 二级指标 / 三级指标 / 年度指标值 / 实际完成值 / 分值 / 得分 / 偏差原因, or the
/// Sichuan 一级 / 二级 / 三级 / 分值 / 得分 / 评分依据): one draft per 三级指标, merged 一级/二级 cells carried down, the
/// 总分/合计 row as the self score, the 评价等级 row as the grade.
/// </summary>
internal sealed partial class IndicatorTable(TableRow header)
{
    private readonly List<Column> _columns = [.. header.Cells.Select(Columns.Classify)];
    private string _level1 = "";
    private string _level2 = "";

    public void Add(TableRow row, DocumentFacts facts)
    {
        var first = FirstCell(row);
        if (TotalAt(row) is >= 0 and var at)
        {
            AddTotal(row, at, facts);
            return;
        }
        if (ScoreLabels.IsGrade(first))
        {
            AddGrade(row, facts);
            return;
        }
        // A merged row across the table (a note, a heading, "填表人：…") comes with its text in every cell, and a web
        // page's footer pasted under the table names its 主办单位: neither is an indicator.
        if (IsMergedAcross(row) || IsFieldLine(row) || row.Cells.Any(c => c.Length <= 80 && Lexicon.Default.PageFurniture.Occurs(c)))
            return;
        var name = Words.Compact(Cell(row, Column.Name));
        if (name.Length == 0 || Columns.Classify(name) == Column.Name)
            return;
        var level1 = Cell(row, Column.Level1);
        if (Words.Compact(level1).Length > 0)
        {
            _level1 = Level(level1);
            _level2 = "";
        }
        var level2 = Cell(row, Column.Level2);
        if (Words.Compact(level2).Length > 0)
            _level2 = Level(level2);
        var target = Text(Cell(row, Column.Target));
        var actual = Text(Cell(row, Column.Actual));
        var remark = Text(Cell(row, Column.Remark));
        // The Sichuan form states target and actual in its 评分依据: "目标≥420家，实际检查436家".
        if (target is null && remark is not null && TargetInRemark().Match(Words.Compact(remark)) is { Success: true } m)
        {
            target = m.Groups["target"].Value;
            actual ??= m.Groups["actual"].Success && m.Groups["actual"].Length > 0 ? m.Groups["actual"].Value : null;
        }
        facts.Indicators.Add(new IndicatorDraft(_level1, _level2, name, CellValue.Number(Cell(row, Column.Weight)), target, actual,
            null, CellValue.Number(Cell(row, Column.Score)), remark, null, row.Line, row.Quote));
    }

    /// <summary>Where the row's 总分 label stands: its first cell, or further on ("自评结论 | … | 总分 | 100 | 95.54"); -1 for none.</summary>
    public static int TotalAt(TableRow row)
    {
        for (var i = 0; i < row.Cells.Count; i++)
        {
            if (ScoreLabels.IsTotal(row.Cells[i]))
                return i;
        }
        return -1;
    }

    /// <summary>
    /// The 总分 row: its 得分 and 分值 under their columns when the label opens the row; otherwise (a merged label shifted
    /// them, or the label stands at the end of another row) the last number after the label is the score and the one
    /// before it the weight.
    /// </summary>
    /// <param name="at">Where the row's 总分 label stands (<see cref="TotalAt"/>).</param>
    public void AddTotal(TableRow row, int at, DocumentFacts facts)
    {
        var first = row.Cells.TakeWhile(c => c.Trim().Length == 0).Count();
        var score = at == first ? CellValue.Number(Cell(row, Column.Score)) : null;
        var weight = at == first ? CellValue.Number(Cell(row, Column.Weight)) : null;
        if (score is null && weight is null)
        {
            var numbers = row.Cells.Skip(at + 1).Select(CellValue.Number).OfType<decimal>().ToList();
            score = numbers.Count > 0 ? numbers[^1] : null;
            weight = numbers.Count > 1 ? numbers[^2] : null;
        }
        if (score is { } total)
            facts.Add(Paths.SelfScore, total, row.Line, row.Quote, true);
        facts.TableWeight ??= weight;
    }

    /// <summary>
    /// "单位负责人：刘志强 | 财务负责人：孙丽 | 填表人：周婷": a line of form fields under the table (signatures, contacts),
    /// every cell a short label and its value.
    /// </summary>
    private static bool IsFieldLine(TableRow row)
    {
        var filled = 0;
        foreach (var cell in row.Cells)
        {
            var c = cell.Trim();
            if (c.Length == 0)
                continue;
            var colon = c.IndexOfAny(['：', ':']);
            if (colon is < 2 or > MaxFieldLabel)
                return false;
            filled++;
        }
        return filled >= 2;
    }

    /// <summary>A form field's label ("单位负责人", "联系电话") is a few characters.</summary>
    private const int MaxFieldLabel = 8;

    private static bool IsMergedAcross(TableRow row)
    {
        string? first = null;
        var filled = 0;
        foreach (var cell in row.Cells)
        {
            var c = cell.Trim();
            if (c.Length == 0)
                continue;
            if (first is not null && c != first)
                return false;
            first ??= c;
            filled++;
        }
        return filled >= 2;
    }

    public static void AddGrade(TableRow row, DocumentFacts facts)
    {
        var label = FirstCell(row);
        foreach (var cell in row.Cells.SkipWhile(c => Words.Compact(c).Length == 0).Skip(1))
        {
            // Merged cells come repeated from some readers: "评级 | 评级 | … | 优".
            var c = Words.Compact(cell).TrimStart(':', '：');
            if (c.Length == 0 || c == label)
                continue;
            if (GradeNames.TryParse(c, out var grade))
                facts.Grades.Add((grade, row.Line, row.Quote, true));
            return;
        }
    }

    private string Cell(TableRow row, Column column)
    {
        var i = _columns.IndexOf(column);
        return i < 0 ? "" : row.Cell(i);
    }

    /// <summary>The row's first filled cell, without spaces: its label.</summary>
    public static string FirstCell(TableRow row) => Words.Compact(row.Cells.FirstOrDefault(c => c.Trim().Length > 0) ?? "");

    /// <summary>"产出指标（50分）" → 产出指标; "部门决策（25）" → 部门决策.</summary>
    private static string Level(string text) => Points().Replace(Words.Compact(text), "");

    private static string? Text(string cell)
    {
        var t = cell.Trim();
        return t.Length == 0 || Cells.IsEmptyMark(t) && t != "无" ? null : t;
    }

    [GeneratedRegex(@"[（(]\d+(?:\.\d+)?分?[)）]$")]
    private static partial Regex Points();

    [GeneratedRegex(@"目标(?:值)?(?:为)?(?<target>[^,，;；。]{1,16})(?:[,，;；]\s*实际(?:完成|检查|组织|开展|达到|为)?(?<actual>[^,，;；。]{1,16}))?")]
    private static partial Regex TargetInRemark();
}
