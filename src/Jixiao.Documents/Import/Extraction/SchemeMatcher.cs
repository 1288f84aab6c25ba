using Jixiao.Core.Schemes;
using Jixiao.Documents.Import.Structure;
using Jixiao.Documents.Schemes;

namespace Jixiao.Documents.Import.Extraction;

/// <summary>
/// Which scheme a document follows: the one whose outline headings (and table columns) it matches best, with a small
/// preference for the scheme of its own region and year; the national default when nothing matches well.
/// </summary>
internal static class SchemeMatcher
{
    /// <summary>Below this share of its outline found, a scheme is not recognised.</summary>
    private const decimal MinScore = 0.3m;

    public static Scheme Match(SchemeCatalog catalog, DocumentLayout layout, DocumentFacts facts)
    {
        var national = catalog.Find(SchemeCatalog.NationalDefault);
        var columns = HeaderText(layout);
        Scheme? best = null;
        var bestScore = 0m;
        foreach (var scheme in catalog.All.OrderBy(s => s.Id == SchemeCatalog.NationalDefault ? 0 : 1).ThenBy(s => s.Id, StringComparer.Ordinal))
        {
            var score = Score(scheme, layout.Headings, columns, facts);
            if (score > bestScore)
            {
                best = scheme;
                bestScore = score;
            }
        }
        return bestScore >= MinScore && best is not null ? best : national ?? best ?? catalog.All.First();
    }

    private static decimal Score(Scheme scheme, IReadOnlyList<Heading> headings, string columns, DocumentFacts facts)
    {
        var sections = scheme.Outline.AllSections().ToList();
        var outline = sections.Count == 0 ? 0m : (decimal)sections.Count(s => Find(s, headings) is not null) / sections.Count;
        var table = 0m;
        if (scheme.Table is { Columns.Count: > 0 } layout && columns.Length > 0)
            table = 0.3m * layout.Columns.Count(c => columns.Contains(Words.Compact(c), StringComparison.Ordinal)) / layout.Columns.Count;
        var bonus = 0m;
        var where = (facts.Department ?? "") + (facts.Title ?? "");
        if (RegionWords(scheme.Region).Any(w => where.Contains(w, StringComparison.Ordinal)))
            bonus += 0.1m;
        if (scheme.Year is { } year && facts.Year is { } docYear)
            bonus += year == docYear ? 0.05m : year > docYear ? -0.05m : 0m;
        return outline + table + bonus;
    }

    /// <summary>The heading of the document that is this outline section, if any.</summary>
    public static Heading? Find(OutlineSection section, IReadOnlyList<Heading> headings)
    {
        var core = Words.Core(section.Title);
        foreach (var heading in headings)
        {
            if (Same(core, heading.Core))
                return heading;
        }
        return null;
    }

    /// <summary>Equal, one containing the other (at least four characters), or four fifths in common (存在问题及改进措施 ~ 存在的问题和改进措施).</summary>
    internal static bool Same(string outline, string heading)
    {
        if (outline.Length == 0 || heading.Length == 0)
            return false;
        if (outline == heading)
            return true;
        if (outline.Length >= 4 && heading.Length >= 4 && (heading.Contains(outline, StringComparison.Ordinal) || (outline.Contains(heading, StringComparison.Ordinal) && heading.Length * 3 >= outline.Length * 2)))
            return true;
        var lcs = CommonSubsequence(outline, heading);
        return lcs * 5 >= Math.Max(outline.Length, heading.Length) * 4 && lcs >= 4;
    }

    private static int CommonSubsequence(string a, string b)
    {
        var row = new int[b.Length + 1];
        for (var i = 1; i <= a.Length; i++)
        {
            var diagonal = 0;
            for (var j = 1; j <= b.Length; j++)
            {
                var above = row[j];
                row[j] = a[i - 1] == b[j - 1] ? diagonal + 1 : Math.Max(row[j], row[j - 1]);
                diagonal = above;
            }
        }
        return row[b.Length];
    }

    /// <summary>"广东省广州市" → 广州市, 广州: the part of a region a department's name carries.</summary>
    private static IEnumerable<string> RegionWords(string region)
    {
        if (region is "全国" or "")
            yield break;
        var last = region;
        foreach (var marker in (string[])["省", "自治区"])
        {
            var i = last.IndexOf(marker, StringComparison.Ordinal);
            if (i >= 0 && i + marker.Length < last.Length)
                last = last[(i + marker.Length)..];
        }
        yield return last;
        if (last.Length > 2)
            yield return last[..^1];
    }

    /// <summary>The header rows of the document's tables, as one string to look column names up in.</summary>
    private static string HeaderText(DocumentLayout layout)
    {
        var parts = new List<string>();
        foreach (var row in layout.Rows)
        {
            var kind = Columns.KindOf([.. row.Cells.Select(c => Words.Compact(c).Length <= 20 ? Columns.Classify(c) : Column.Unknown)]);
            if (kind is TableKind.Indicators or TableKind.Tasks)
                parts.Add(string.Concat(row.Cells.Select(Words.Compact)));
        }
        return string.Concat(parts);
    }
}
