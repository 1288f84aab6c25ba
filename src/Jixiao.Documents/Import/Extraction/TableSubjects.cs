using Jixiao.Documents.Import.Structure;
using Jixiao.Documents.Import.Vocabularies;

namespace Jixiao.Documents.Import.Extraction;

/// <summary>
/// A table's subject from its caption (the text lines just above it) or a title row inside it, by the lexicon's marks.
/// </summary>
internal static class TableSubjects
{
    /// <summary>A caption stands at most this many lines above its table.</summary>
    private const int CaptionReach = 3;

    /// <summary>Captions and title rows are short; a paragraph that mentions a project is not a caption.</summary>
    private const int MaxCaption = 50;

    /// <summary>The subject the caption above <paramref name="row"/> names, looking no further back than <paramref name="after"/>.</summary>
    public static TableSubject? OfCaption(DocumentLayout layout, TableRow row, int after)
    {
        var lines = layout.TextLines;
        var i = LastBefore(lines, row.Line.Number);
        for (var k = i; k >= 0 && k > i - 2; k--)
        {
            var number = lines[k].Line.Number;
            if (number <= after || row.Line.Number - number > CaptionReach)
                break;
            if (Of(lines[k].Text) is { } subject)
                return subject;
        }
        return null;
    }

    /// <summary>The subject a row inside a table names: a title row with one cell, or a "项目名称 | X" row.</summary>
    public static TableSubject? OfRow(TableRow row)
    {
        string? only = null;
        var filled = 0;
        foreach (var cell in row.Cells)
        {
            if (cell.Trim().Length == 0)
                continue;
            only ??= cell;
            filled++;
        }
        if (filled == 1)
            return Of(only!);
        return filled > 1 && ProjectName(row) is not null ? TableSubject.Project : null;
    }

    /// <summary>
    /// "项目名称 | 全民健身设施建设": the project's name, when the row gives one. A row "项目名称 | 全年预算数 | …" heads a list
    /// of projects instead.
    /// </summary>
    public static string? ProjectName(TableRow row)
    {
        if (!row.Cells.Any(c => c.Contains(ProjectNameLabel[0])))
            return null;
        var filled = row.Cells.Select(Words.Compact).Where(c => c.Length > 0).ToList();
        return filled.Count >= 2 && filled[0] == ProjectNameLabel && Columns.Classify(filled[1]) == Column.Unknown && !Cells.IsValue(filled[1])
            ? filled[1]
            : null;
    }

    private const string ProjectNameLabel = "项目名称";

    private static TableSubject? Of(string text)
    {
        var c = Words.Compact(text);
        if (c.Length > MaxCaption)
            return null;
        if (Lexicon.Default.ProjectTableMarks.Occurs(c))
            return TableSubject.Project;
        if (Lexicon.Default.ThreePublicTableMarks.Occurs(c))
            return TableSubject.ThreePublic;
        return null;
    }

    private static int LastBefore(IReadOnlyList<(SourceLine Line, string Text)> lines, int number)
    {
        int lo = 0, hi = lines.Count - 1, found = -1;
        while (lo <= hi)
        {
            var mid = (lo + hi) / 2;
            if (lines[mid].Line.Number < number)
                (found, lo) = (mid, mid + 1);
            else
                hi = mid - 1;
        }
        return found;
    }
}
