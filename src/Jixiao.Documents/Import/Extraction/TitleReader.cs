using System.Text.RegularExpressions;
using Jixiao.Core.Evaluations;
using Jixiao.Documents.Import.Vocabularies;
using Jixiao.Documents.Import.Readers.Geometry;
using Jixiao.Documents.Import.Structure;

namespace Jixiao.Documents.Import.Extraction;

/// <summary>
/// The department, the year and the kind of document, from the form's own fields ("部门名称", "填报单位（盖章）") first,
/// then from the title ("2022年度广州市花都区机关事务管理局部门整体支出绩效自评报告", "绍兴市柯桥区档案馆2025年度…").
/// </summary>
internal static partial class TitleReader
{
    /// <summary>Web pages put a breadcrumb, a page heading and a byline before the document; attachments a label.</summary>
    private const int TitleSearch = 40;

    /// <summary>The parts of a title broken over two lines are each short.</summary>
    private const int MaxTitlePart = 40;

    public static void Read(DocumentLayout layout, DocumentFacts facts)
    {
        var found = FindTitle(layout);
        var title = found?.Text;
        facts.Title = title;
        facts.Kind = KindOf(title, layout);
        facts.Year = YearOf(title, layout);
        // Every place that names the department, strongest first: a form's own field, the title, the opening
        // sentence, the signature. The first names it; another that names a different organisation is kept for the
        // reviewer (the JSON's alternatives).
        (string Name, SourceLine Line)?[] named =
        [
            FromFields(layout),
            FromTitle(title) is { } inTitle ? (inTitle, found!.Value.Line) : null,
            FromOpening(layout),
            FromSignature(layout),
        ];
        foreach (var candidate in named.OfType<(string Name, SourceLine Line)>())
        {
            if (facts.Department is null)
                facts.Department = candidate.Name;
            else if (Organisation.IsPlausible(candidate.Name) && !SameOrganisation(facts.Department, candidate.Name)
                && !facts.OtherDepartments.Any(o => SameOrganisation(o.Name, candidate.Name)))
                facts.OtherDepartments.Add(candidate);
        }
    }

    /// <summary>"宜昌市体育局" and "体育局" (or the place "荔湾区") name the same organisation: one contains the other.</summary>
    private static bool SameOrganisation(string a, string b) =>
        a.Contains(b, StringComparison.Ordinal) || b.Contains(a, StringComparison.Ordinal);

    /// <summary>
    /// The first paragraph that reads as the document's title, not the web page's furniture around it; a title
    /// broken over two lines ("…管理局部门" / "整体支出绩效自评报告") is joined.
    /// </summary>
    private static (string Text, SourceLine Line)? FindTitle(DocumentLayout layout)
    {
        // The layout has already left out a web page's furniture.
        var passages = layout.Passages.Take(TitleSearch).ToList();
        var texts = passages.ConvertAll(p => Words.Compact(p.Text));
        for (var i = 0; i < texts.Count; i++)
        {
            var text = texts[i];
            if (i + 1 < texts.Count && IsTitlePart(text) && IsTitlePart(texts[i + 1]) && Lexicon.Default.NoticeEndings.Suffix(text) is null
                && !Words.IsTitle(text) && Words.IsTitle(text + texts[i + 1]))
                return (text + texts[i + 1], passages[i].Line);
            if (!Words.IsTitle(text))
                continue;
            // "宜昌市体育局" above "2024年度部门整体支出绩效自评报告": the name on the line before.
            if (i > 0 && IsTitlePart(texts[i - 1]) && FromTitle(text) is null && Organisation.IsPlausible(texts[i - 1]))
                return (texts[i - 1] + text, passages[i - 1].Line);
            return (text, passages[i].Line);
        }
        return null;
    }

    /// <summary>
    /// A short line without final punctuation that is not a heading, an attachment label ("附件2") or a note in brackets
    /// ("（公开版）").
    /// </summary>
    private static bool IsTitlePart(string compact)
    {
        if (compact.Length is 0 or > MaxTitlePart || Words.IsHeading(compact) || compact[^1] is '。' or '；' or '：' or '，' or '）' or ')')
            return false;
        var label = Lexicon.Default.AttachmentLabels.Prefix(compact);
        return label is null || compact.Length > label.Length + 3;
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

    /// <summary>
    /// The year the title states; else the first "YYYY年度" of the opening lines or of the first table rows (a caption
    /// "（2020年度）", a spreadsheet's title row); else the fiscal year the document names most often.
    /// </summary>
    private static int? YearOf(string? title, DocumentLayout layout)
    {
        if (title is not null && YearPattern().Match(Words.Compact(title)) is { Success: true } inTitle)
            return Year(inTitle);
        foreach (var text in layout.TextLines.Take(TitleSearch).Select(l => l.Text).Concat(layout.Rows.Take(12).SelectMany(r => r.Cells)))
        {
            if (Words.Compact(text) is not { Length: <= MaxTitlePart } c)
                continue;
            var m = FiscalYear().Match(c);
            if (!m.Success)
                m = YearField().Match(c);
            if (m.Success)
                return Year(m);
        }
        return layout.Passages.SelectMany(p => FiscalYear().Matches(Words.Compact(p.Text))).Select(Year)
            .GroupBy(y => y).OrderByDescending(g => g.Count()).ThenBy(g => g.Key).Select(g => (int?)g.Key).FirstOrDefault();
    }

    private static int Year(Match m) => int.Parse(m.Groups["year"].Value, System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>"部门名称 | X", "部门（单位）名称" then X on the next line, "填报单位（盖章）：X".</summary>
    private static (string, SourceLine)? FromFields(DocumentLayout layout)
    {
        foreach (var row in layout.Rows.Take(12))
        {
            for (var i = 0; i < row.Cells.Count; i++)
            {
                if (!Lexicon.Default.DepartmentFieldLabels.Occurs(row.Cells[i]))
                    continue;
                // A cell "部门名称：XX局　　单位：万元" (a merged spreadsheet row) ends the value at its wide gap too.
                var first = AlignedText.Fields(row.Cells[i]) is { Count: > 0 } pieces ? pieces[0].Text : row.Cells[i];
                if (FieldValue(Words.Compact(first)) is not { } value)
                    continue;
                if (value.Length == 0)
                    // A label merged over two grid columns comes repeated: the value is the first cell that is not the label.
                    value = row.Cells.Skip(i + 1).Select(Words.Compact).FirstOrDefault(c => c.Length > 0 && c != Words.Compact(row.Cells[i])) ?? "";
                if (Clean(value) is { } department)
                    return (department, row.Line);
            }
        }
        var lines = layout.TextLines;
        for (var i = 0; i < Math.Min(lines.Count, 20); i++)
        {
            if (!Lexicon.Default.DepartmentFieldLabels.Occurs(lines[i].Text))
                continue;
            // "部门名称：XX局　　　　单位：万元": a wide gap ends the field's value as a tab would.
            foreach (var piece in AlignedText.Fields(lines[i].Text))
            {
                if (FieldValue(Words.Compact(piece.Text)) is not { } value)
                    continue;
                if (value.Length == 0 && i + 1 < lines.Count)
                    value = Words.Compact(lines[i + 1].Text);
                if (Clean(value) is { } department)
                    return (department, lines[i].Line);
            }
        }
        return null;
    }

    /// <summary>What the title says before "部门整体支出" (or before the year, when the year follows the name).</summary>
    private static string? FromTitle(string? title)
    {
        if (title is null)
            return null;
        var c = Words.Compact(title);
        var end = Lexicon.Default.TitleSubjects.IndexIn(c);
        var head = end >= 0 ? c[..end] : c;
        var year = YearPattern().Match(head);
        if (!year.Success)
            return Clean(head);
        // The name stands before the year ("绍兴市柯桥区档案馆2025年度…") or after it ("2022年度广州市…局"); a note before
        // the year ("（公开版）2022年度…") is not a name.
        var before = Clean(head[..year.Index]);
        var after = Clean(head[(year.Index + year.Length)..]);
        return before is not null && (Organisation.IsPlausible(before) || after is null) ? before : after;
    }

    /// <summary>
    /// "广州市海珠区退役军人事务局是区政府工作部门": the department as the report's opening sentence introduces it, for a
    /// title that names none.
    /// </summary>
    private static (string, SourceLine)? FromOpening(DocumentLayout layout)
    {
        foreach (var passage in layout.Passages.Take(TitleSearch))
        {
            var text = passage.Text;
            var c = Words.Compact(text.Length > 2 * MaxTitlePart ? text[..(2 * MaxTitlePart)] : text);
            var opening = c.Length > MaxTitlePart + 10 ? c[..(MaxTitlePart + 10)] : c;
            for (var at = Lexicon.Default.IntroductionWords.IndexIn(opening); at >= 0; at = Lexicon.Default.IntroductionWords.IndexIn(opening, at + 1))
            {
                // Most words before "是" or "为" end no organisation's name: looked at before the name is cleaned.
                if (Lexicon.Default.OrganisationSuffixes.Suffix(c[..at].TrimEnd(NameEndMarks)) is null)
                    continue;
                var name = Words.Core(c[..at]);
                if (Organisation.IsPlausible(name))
                    return (name, passage.Line);
            }
        }
        return null;
    }

    /// <summary>A report whose title names no department is signed at its end: "XX局" above the date.</summary>
    private static (string, SourceLine)? FromSignature(DocumentLayout layout)
    {
        var lines = layout.TextLines;
        for (var i = lines.Count - 1; i >= Math.Max(0, lines.Count - 8); i--)
        {
            var c = Words.Compact(lines[i].Text);
            if (!Words.IsHeading(lines[i].Text) && Organisation.IsPlausible(c) && Clean(c) is { } name)
                return (name, lines[i].Line);
        }
        return null;
    }

    /// <summary>What may stand after a name before the word that introduces it ("“XX局”是", "XX局，是").</summary>
    private static readonly char[] NameEndMarks = ['”', '"', '’', '。', '.', '：', ':', '；', ';', '，', ','];

    private static string? Clean(string value)
    {
        var v = Suffix().Replace(Words.Compact(value), "").Trim(':', '：', '，', ',', '。');
        // "关于…的报告" titles: "XX局关于2023年度…" names XX局.
        if (v.StartsWith("关于", StringComparison.Ordinal))
            v = v[2..];
        if (v.EndsWith("关于", StringComparison.Ordinal))
            v = v[..^2];
        return v.Length >= 2 && !v.Any(char.IsAsciiDigit) && v.Length <= 40 ? v : null;
    }

    [GeneratedRegex(@"(?<year>(?:19|20)\d{2})年度?")]
    private static partial Regex YearPattern();

    [GeneratedRegex(@"(?<year>(?:19|20)\d{2})年度")]
    private static partial Regex FiscalYear();

    /// <summary>"评价年度：2023年", "所属年度 2023": the year a form's own field names.</summary>
    [GeneratedRegex(@"(?:评价|所属|预算|自评|绩效)年度[:：]?(?<year>(?:19|20)\d{2})")]
    private static partial Regex YearField();

    /// <summary>
    /// What a form field naming the department says after its label ("填报单位（盖章）：XX局" → "XX局"; "" when the value
    /// stands in the next cell), or null when <paramref name="compact"/> is no such field.
    /// </summary>
    private static string? FieldValue(string compact)
    {
        if (Lexicon.Default.DepartmentFieldLabels.Prefix(compact) is not { } label)
            return null;
        var rest = compact[label.Length..];
        return rest[SealAndColon().Match(rest).Length..];
    }

    /// <summary>"（盖章）：" between a field's label and its value.</summary>
    [GeneratedRegex(@"^(?:[（(]盖章[)）])?[:：]?")]
    private static partial Regex SealAndColon();


    [GeneratedRegex(@"[（(](?:部门|单位|盖章)[)）]$")]
    private static partial Regex Suffix();
}
