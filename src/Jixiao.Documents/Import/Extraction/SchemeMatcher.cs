using System.Runtime.CompilerServices;
using Jixiao.Core.Schemes;
using Jixiao.Documents.Import.Structure;
using Jixiao.Documents.Schemes;

namespace Jixiao.Documents.Import.Extraction;

/// <summary>
/// Which scheme a document follows. Where its department is decides which schemes may apply (<see cref="Places"/>: a
/// Guangzhou department's document follows a Guangzhou scheme, a department of a province without one the national
/// scheme); among those, the one whose outline headings (and table columns) it matches best, with a preference for
/// its own year; when none matches, the version in force in its year.
/// </summary>
internal static class SchemeMatcher
{
    /// <summary>Below this share of its outline found, a scheme is not recognised.</summary>
    private const decimal MinScore = 0.3m;

    /// <summary>What matching needs of a catalog, worked out once: schemes and catalogs are immutable once loaded.</summary>
    private static readonly ConditionalWeakTable<SchemeCatalog, CatalogKeys> CatalogCache = [];

    private static readonly ConditionalWeakTable<Scheme, SchemeKeys> SchemeCache = [];

    public static Scheme Match(SchemeCatalog catalog, DocumentLayout layout, DocumentFacts facts)
    {
        var keys = CatalogCache.GetValue(catalog, c => new CatalogKeys(c));
        var columns = HeaderText(layout);
        // Schemes share most section titles: each distinct one is looked up among the headings once.
        var found = new bool[keys.Cores.Length];
        for (var i = 0; i < found.Length; i++)
            found[i] = Find(keys.Cores[i], keys.Masks[i], layout.Headings) is not null;
        var where = (facts.Department ?? "") + (facts.Title ?? "");
        var candidates = Candidates(keys, where);
        Scheme? best = null;
        var bestScore = 0m;
        foreach (var scheme in candidates)
        {
            var score = Score(scheme, found, columns, where, facts);
            if (score > bestScore)
            {
                best = scheme.Scheme;
                bestScore = score;
            }
        }
        if (bestScore >= MinScore && best is not null)
            return best;
        // Nothing matches the headings: the region's scheme in force that year, else the national default.
        return ByYear(candidates.Where(c => c.Place is not null), facts.Year) ?? keys.National ?? best ?? catalog.All.First();
    }

    /// <summary>Whether <paramref name="scheme"/> is the scheme of the document's own region (not a national fallback).</summary>
    public static bool IsRegional(Scheme scheme, DocumentFacts facts) =>
        Places.Default.Of((facts.Department ?? "") + (facts.Title ?? "")) is { } place
        && SchemeCache.GetValue(scheme, s => new SchemeKeys(s, null)).Place is { } region && region.Covers(place);

    /// <summary>
    /// The schemes a document may follow, by where its department is: its region's (the city's, else the province's);
    /// the national ones for a region that has none; every scheme when the name tells no place.
    /// </summary>
    private static SchemeKeys[] Candidates(CatalogKeys keys, string where)
    {
        if (Places.Default.Of(where) is not { } place)
            return keys.Ordered;
        var regional = keys.Ordered.Where(s => s.Place is { } p && p.Covers(place)).ToArray();
        return regional.Length > 0 ? regional : [.. keys.Ordered.Where(s => s.Place is null)];
    }

    /// <summary>The version in force in <paramref name="year"/>: the latest not after it, else the earliest.</summary>
    private static Scheme? ByYear(IEnumerable<SchemeKeys> schemes, int? year)
    {
        var dated = schemes.Select(s => s.Scheme).ToList();
        if (dated.Count == 0)
            return null;
        var y = year ?? int.MaxValue;
        return dated.Where(s => (s.Year ?? 0) <= y).OrderByDescending(s => s.Year ?? 0).FirstOrDefault()
            ?? dated.OrderBy(s => s.Year ?? 0).First();
    }

    private static decimal Score(SchemeKeys scheme, bool[] found, string columns, string where, DocumentFacts facts)
    {
        var sections = scheme.CoreIndex;
        var count = 0;
        foreach (var index in sections)
        {
            if (found[index])
                count++;
        }
        var outline = sections.Length == 0 ? 0m : (decimal)count / sections.Length;
        var table = 0m;
        if (scheme.Columns.Length > 0 && columns.Length > 0)
        {
            var matched = 0;
            foreach (var column in scheme.Columns)
            {
                if (columns.Contains(column, StringComparison.Ordinal))
                    matched++;
            }
            table = 0.3m * matched / scheme.Columns.Length;
        }
        var bonus = 0m;
        foreach (var word in scheme.RegionWords)
        {
            if (where.Contains(word, StringComparison.Ordinal))
            {
                bonus += 0.1m;
                break;
            }
        }
        if (scheme.Scheme.Year is { } year && facts.Year is { } docYear)
            bonus += year == docYear ? 0.05m : year > docYear ? -0.05m : 0m;
        return outline + table + bonus;
    }

    /// <summary>The outline sections of <paramref name="scheme"/> the document has, in outline order, with their headings.</summary>
    public static List<(OutlineSection Section, Heading Heading)> FindSections(Scheme scheme, IReadOnlyList<Heading> headings)
    {
        var keys = SchemeCache.GetValue(scheme, s => new SchemeKeys(s, null));
        var found = new List<(OutlineSection, Heading)>();
        for (var i = 0; i < keys.Sections.Count; i++)
        {
            if (Find(keys.SectionCores[i], keys.SectionMasks[i], headings) is { } heading)
                found.Add((keys.Sections[i], heading));
        }
        return found;
    }

    /// <summary>The first heading of the document that is the outline section titled <paramref name="core"/> (<see cref="Words.Core"/>), if any.</summary>
    private static Heading? Find(string core, ulong mask, IReadOnlyList<Heading> headings)
    {
        foreach (var heading in headings)
        {
            if (Same(core, mask, heading.Core))
                return heading;
        }
        return null;
    }

    /// <summary>Equal, one containing the other (at least four characters), or four fifths in common (存在问题及改进措施 ~ 存在的问题和改进措施).</summary>
    /// <param name="outlineMask"><see cref="CharMask"/> of <paramref name="outline"/>.</param>
    private static bool Same(string outline, ulong outlineMask, string heading)
    {
        if (outline.Length == 0 || heading.Length == 0)
            return false;
        if (outline == heading)
            return true;
        // Lengths first: most pairs fail on them, and the containment and subsequence tests cannot pass without them.
        if (outline.Length >= 4 && heading.Length >= 4
            && ((heading.Length >= outline.Length && heading.Contains(outline, StringComparison.Ordinal))
                || (heading.Length * 3 >= outline.Length * 2 && outline.Length >= heading.Length && outline.Contains(heading, StringComparison.Ordinal))))
            return true;
        // The common subsequence is at most the shorter string.
        var shorter = Math.Min(outline.Length, heading.Length);
        var longer = Math.Max(outline.Length, heading.Length);
        if (shorter < 4 || shorter * 5 < longer * 4)
            return false;
        // Nor can it be longer than the heading's characters that occur in the outline: unrelated titles stop here.
        var shared = 0;
        foreach (var c in heading)
        {
            if ((outlineMask & Bit(c)) != 0)
                shared++;
        }
        if (shared < 4 || shared * 5 < longer * 4)
            return false;
        var lcs = CommonSubsequence(outline, heading);
        return lcs * 5 >= longer * 4 && lcs >= 4;
    }

    /// <summary>A bit for each character of <paramref name="text"/> (64 buckets): which characters it may have.</summary>
    private static ulong CharMask(string text)
    {
        var mask = 0UL;
        foreach (var c in text)
            mask |= Bit(c);
        return mask;
    }

    private static ulong Bit(char c) => 1UL << (c & 63);

    private static int CommonSubsequence(string a, string b)
    {
        Span<int> row = b.Length < 256 ? stackalloc int[b.Length + 1] : new int[b.Length + 1];
        row.Clear();
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
        List<string>? parts = null;
        for (var r = 0; r < layout.Rows.Count; r++)
        {
            if (layout.HeaderKind(r) is TableKind.Indicators or TableKind.Tasks)
            {
                parts ??= [];
                foreach (var cell in layout.Rows[r].Cells)
                    parts.Add(Words.Compact(cell));
            }
        }
        return parts is null ? "" : string.Concat(parts);
    }

    /// <summary>A catalog's schemes in the order they are tried (the national default first, then by id), and every distinct section core.</summary>
    private sealed class CatalogKeys
    {
        public CatalogKeys(SchemeCatalog catalog)
        {
            National = catalog.Find(SchemeCatalog.NationalDefault);
            var cores = new Dictionary<string, int>(StringComparer.Ordinal);
            Ordered = [.. catalog.All.OrderBy(s => s.Id == SchemeCatalog.NationalDefault ? 0 : 1).ThenBy(s => s.Id, StringComparer.Ordinal)
                .Select(s => new SchemeKeys(s, cores))];
            Cores = [.. cores.OrderBy(c => c.Value).Select(c => c.Key)];
            Masks = [.. Cores.Select(CharMask)];
        }

        public Scheme? National { get; }

        public SchemeKeys[] Ordered { get; }

        public string[] Cores { get; }

        public ulong[] Masks { get; }
    }

    /// <summary>A scheme's outline titles as compared (<see cref="Words.Core"/>), its table columns without spaces, its region's words.</summary>
    private sealed class SchemeKeys
    {
        /// <param name="cores">Numbers the distinct cores across a catalog, when given.</param>
        public SchemeKeys(Scheme scheme, Dictionary<string, int>? cores)
        {
            Scheme = scheme;
            Sections = scheme.Outline.AllSections();
            SectionCores = [.. Sections.Select(s => Words.Core(s.Title))];
            SectionMasks = [.. SectionCores.Select(CharMask)];
            CoreIndex = cores is null ? [] : [.. SectionCores.Select(c => cores.TryGetValue(c, out var i) ? i : cores[c] = cores.Count)];
            Columns = scheme.Table is { Columns.Count: > 0 } table ? [.. table.Columns.Select(Words.Compact)] : [];
            RegionWords = [.. SchemeMatcher.RegionWords(scheme.Region)];
            Place = Places.Default.Of(scheme.Region);
        }

        /// <summary>The region the scheme is for; null for the national schemes.</summary>
        public Place? Place { get; }

        public Scheme Scheme { get; }

        public IReadOnlyList<OutlineSection> Sections { get; }

        public string[] SectionCores { get; }

        public ulong[] SectionMasks { get; }

        public int[] CoreIndex { get; }

        public string[] Columns { get; }

        public string[] RegionWords { get; }
    }
}
