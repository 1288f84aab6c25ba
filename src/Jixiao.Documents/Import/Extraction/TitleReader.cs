using System.Text.RegularExpressions;
using Jixiao.Core.Evaluations;
using Jixiao.Documents.Import.Structure;

namespace Jixiao.Documents.Import.Extraction;

/// <summary>
/// The department, the year and the kind of document, from the form's own fields ("部门名称", "填报单位（盖章）") first,
/// then from the title ("2022年度广州市花都区机关事务管理局部门整体支出绩效自评报告", "绍兴市柯桥区档案馆2025年度…").
/// </summary>
internal static partial class TitleReader
{
    /// <summary>The title is among the first paragraphs, after "附件 2" and the like.</summary>
    private const int TitleSearch = 6;

    public static void Read(DocumentLayout layout, DocumentFacts facts)
    {
        var title = layout.Passages.Take(TitleSearch).FirstOrDefault(p => IsTitle(p.Text))?.Text;
        facts.Title = title;
        facts.Kind = KindOf(title, layout);
        facts.Year = YearOf(title, layout);
        facts.Department = FromFields(layout) ?? FromTitle(title) ?? FromSignature(layout);
    }

    /// <summary>A title, or a heading-less first line naming the 绩效自评 ("…部门整体支出绩效自评（2021年度）").</summary>
    private static bool IsTitle(string text)
    {
        var c = Words.Compact(text);
        return Words.IsTitle(text) || (c.Length <= 80 && !Words.IsHeading(text) && c.Contains("绩效", StringComparison.Ordinal) && c.Contains("自评", StringComparison.Ordinal));
    }

    private static DocumentKind KindOf(string? title, DocumentLayout layout)
    {
        var c = Words.Compact(title ?? "");
        if (c.Contains("报告", StringComparison.Ordinal))
            return DocumentKind.Report;
        if (c.EndsWith('表') || c.Contains("自评表", StringComparison.Ordinal) || c.Contains("得分表", StringComparison.Ordinal))
            return DocumentKind.Table;
        // No title: a document that is mostly table is a table.
        return layout.Rows.Count > layout.Passages.Count ? DocumentKind.Table : DocumentKind.Report;
    }

    private static int? YearOf(string? title, DocumentLayout layout)
    {
        if (title is not null && YearPattern().Match(Words.Compact(title)) is { Success: true } inTitle)
            return int.Parse(inTitle.Groups["year"].Value, System.Globalization.CultureInfo.InvariantCulture);
        foreach (var (_, text) in layout.TextLines.Take(20))
        {
            if (FiscalYear().Match(Words.Compact(text)) is { Success: true } m)
                return int.Parse(m.Groups["year"].Value, System.Globalization.CultureInfo.InvariantCulture);
        }
        return null;
    }

    /// <summary>"部门名称 | X", "部门（单位）名称" then X on the next line, "填报单位（盖章）：X".</summary>
    private static string? FromFields(DocumentLayout layout)
    {
        foreach (var row in layout.Rows.Take(12))
        {
            for (var i = 0; i < row.Cells.Count; i++)
            {
                var m = FieldPattern().Match(Words.Compact(row.Cells[i]));
                if (!m.Success)
                    continue;
                var value = m.Groups["value"].Value;
                if (value.Length == 0)
                    value = row.Cells.Skip(i + 1).Select(Words.Compact).FirstOrDefault(c => c.Length > 0) ?? "";
                if (Clean(value) is { } department)
                    return department;
            }
        }
        var lines = layout.TextLines;
        for (var i = 0; i < Math.Min(lines.Count, 20); i++)
        {
            var m = FieldPattern().Match(Words.Compact(lines[i].Text));
            if (!m.Success)
                continue;
            var value = m.Groups["value"].Value;
            if (value.Length == 0 && i + 1 < lines.Count)
                value = Words.Compact(lines[i + 1].Text);
            if (Clean(value) is { } department)
                return department;
        }
        return null;
    }

    /// <summary>What the title says before "部门整体支出" (or before the year, when the year follows the name).</summary>
    private static string? FromTitle(string? title)
    {
        if (title is null)
            return null;
        var c = Words.Compact(title);
        var end = TitleTail().Match(c);
        var head = end.Success ? c[..end.Index] : c;
        var year = YearPattern().Match(head);
        if (year.Success)
            head = year.Index > 1 ? head[..year.Index] : head[(year.Index + year.Length)..];
        return Clean(head);
    }

    /// <summary>A report whose title names no department is signed at its end: "XX局" above the date.</summary>
    private static string? FromSignature(DocumentLayout layout)
    {
        var lines = layout.TextLines;
        for (var i = lines.Count - 1; i >= Math.Max(0, lines.Count - 8); i--)
        {
            var c = Words.Compact(lines[i].Text);
            if (c.Length <= 30 && !Words.IsHeading(lines[i].Text) && Organisation().IsMatch(c))
                return Clean(c);
        }
        return null;
    }

    private static string? Clean(string value)
    {
        var v = Suffix().Replace(Words.Compact(value), "").Trim(':', '：', '，', ',', '。');
        if (v.StartsWith("关于", StringComparison.Ordinal))
            v = v[2..];
        return v.Length >= 2 && !v.Any(char.IsAsciiDigit) && v.Length <= 40 ? v : null;
    }

    [GeneratedRegex(@"(?<year>(?:19|20)\d{2})年度?")]
    private static partial Regex YearPattern();

    [GeneratedRegex(@"(?<year>(?:19|20)\d{2})年度")]
    private static partial Regex FiscalYear();

    [GeneratedRegex(@"^(?:(?:部门|单位|部门[（(]单位[)）]|预算单位|被评价单位)名称|填报单位|预算单位|评价对象)(?:[（(]盖章[)）])?[:：]?(?<value>.*)$")]
    private static partial Regex FieldPattern();

    [GeneratedRegex(@"(?:部门整体支出|整体支出|部门支出|部门整体|绩效自评|绩效评价|支出绩效)")]
    private static partial Regex TitleTail();

    [GeneratedRegex(@"^\p{IsCJKUnifiedIdeographs}{2,28}(?:局|委员会|委|办公室|中心|馆|院|所|站|处|队|会|厅|办|部|政府|街道办事处|院)$")]
    private static partial Regex Organisation();

    [GeneratedRegex(@"[（(](?:部门|单位|盖章)[)）]$")]
    private static partial Regex Suffix();
}
