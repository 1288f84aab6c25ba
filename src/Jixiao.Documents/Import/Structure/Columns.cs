using System.Collections.Concurrent;
using System.Text.RegularExpressions;
using Jixiao.Documents.Import.Vocabularies;

namespace Jixiao.Documents.Import.Structure;

/// <summary>
/// Header text → column, by the words the published forms use (the lexicon's ordered "columns" rules).
/// </summary>
internal static partial class Columns
{
    /// <summary>Headers already classified: the same forms' headers come back in every document of a bulk import.</summary>
    private static readonly ConcurrentDictionary<string, Column> Known = new(StringComparer.Ordinal);

    /// <summary>Headers longer than this are sentences, not headers: classified every time, never kept.</summary>
    private const int MaxKnownHeader = 32;

    /// <summary>How many headers are kept at most (the forms' headers are a few hundred).</summary>
    private const int MaxKnown = 20_000;

    public static Column Classify(string header)
    {
        if (header.Length > MaxKnownHeader)
            return ClassifyNew(header);
        if (Known.TryGetValue(header, out var known))
            return known;
        var column = ClassifyNew(header);
        if (Known.Count < MaxKnown)
            Known.TryAdd(header, column);
        return column;
    }

    private static Column ClassifyNew(string header)
    {
        var h = Words.Compact(header).Replace('（', '(').Replace('）', ')');
        // Columns per period ("上年决算 | 本年预算 | 本年决算", "2022年决算数 | 2023年预算数"): the prior period's are not this
        // year's figures; a stated year is checked against the document's by the table (YearOf).
        if (h.Length > 0 && h[0] is '上' or '去' && PriorPeriod().IsMatch(h))
            return Column.Unknown;
        if (h.Length > 0 && h[0] is '本' or '当' or '1' or '2')
            h = Period().Replace(h, "");
        return h.Length == 0 ? Column.Unknown : Lexicon.Default.Columns.Classify(h) ?? Column.Unknown;
    }

    /// <summary>Columns of money and rates, the body of a funds table.</summary>
    public static bool IsFunds(Column c) => c is Column.Initial or Column.Adjustment or Column.Carryover or Column.FundsReceived or Column.Total or Column.Spent
        or Column.ExecutionRate or Column.CompletionRate or Column.AdjustmentRate;

    /// <summary>The kind of table a header row opens, or null when the row is not a header.</summary>
    public static TableKind? KindOf(IReadOnlyList<Column> columns)
    {
        // A bit per column kind and counts in one pass: this runs for every table row.
        var has = 0L;
        var money = 0;
        var funds = 0;
        foreach (var c in columns)
        {
            has |= 1L << (int)c;
            if (c is Column.Initial or Column.Adjustment or Column.Total or Column.Spent)
                money++;
            if (IsFunds(c))
                funds++;
        }
        bool Has(Column c) => (has & (1L << (int)c)) != 0;
        if (Has(Column.Name) && (Has(Column.Weight) || Has(Column.Score) || Has(Column.Target)))
            return Has(Column.Funds) || Has(Column.Formula) || Has(Column.Task) ? TableKind.Tasks : TableKind.Indicators;
        return money >= 1 && funds >= 2 && !Has(Column.Name) ? TableKind.Funds : null;
    }

    /// <summary>The kind of table <paramref name="row"/> opens as a header; cells longer than <paramref name="maxCell"/> are text, not column titles.</summary>
    public static TableKind? KindOfRow(IReadOnlyList<string> row, int maxCell)
    {
        var columns = new Column[row.Count];
        for (var i = 0; i < columns.Length; i++)
            columns[i] = Words.Compact(row[i]).Length <= maxCell ? Classify(row[i]) : Column.Unknown;
        return KindOf(columns);
    }

    /// <summary>The year a header names ("2022年决算数" → 2022), or null.</summary>
    public static int? YearOf(string header) =>
        Period().Match(Words.Compact(header)) is { Success: true } m && m.Groups["year"].Success
            ? int.Parse(m.Groups["year"].Value, System.Globalization.CultureInfo.InvariantCulture)
            : null;

    [GeneratedRegex(@"^(?:上年度?(?!结转|结余)|去年|上一年度?|上期)")]
    private static partial Regex PriorPeriod();

    [GeneratedRegex(@"^(?:本年度?|当年|本期|(?<year>(?:19|20)\d{2})年度?)")]
    private static partial Regex Period();
}
