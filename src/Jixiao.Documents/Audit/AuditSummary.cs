using Jixiao.Documents.Import;

namespace Jixiao.Documents.Audit;

/// <summary>
/// The totals of a bulk audit, fed one imported document at a time. It keeps counts, the few worst documents and
/// the unreadable files, never the findings themselves, so its size does not grow with the documents read.
/// </summary>
public sealed class AuditSummary(int worstCount = 10)
{
    private readonly int _worstCount = worstCount;
    private readonly Dictionary<string, SeverityCounts> _byKind = new(StringComparer.Ordinal);
    private readonly List<DocumentTally> _worst = [];
    private readonly List<UnreadableDocument> _unreadable = [];

    public int Documents { get; private set; }

    public int Read => Documents - _unreadable.Count;

    public IReadOnlyList<UnreadableDocument> Unreadable => _unreadable;

    /// <summary>All findings of the documents read, by severity.</summary>
    public SeverityCounts Totals { get; private set; }

    public int DocumentsWithFindings { get; private set; }

    public int DocumentsWithErrors { get; private set; }

    /// <summary>Findings by kind (domain.md §7), the most frequent kind first.</summary>
    public IReadOnlyList<KeyValuePair<string, SeverityCounts>> ByKind =>
        [.. _byKind.OrderByDescending(k => k.Value.Total).ThenBy(k => k.Key, StringComparer.Ordinal)];

    /// <summary>The documents with the most errors (then warnings), at most the count given to the constructor.</summary>
    public IReadOnlyList<DocumentTally> Worst => _worst;

    public void Add(ImportResult result)
    {
        var sequence = Documents++;
        if (result.Error is { } error)
        {
            _unreadable.Add(new UnreadableDocument(result.File, error));
            return;
        }
        if (result.Findings.Count == 0)
            return;
        var counts = default(SeverityCounts);
        foreach (var finding in result.Findings)
        {
            counts = counts.Add(finding.Severity);
            _byKind[finding.Kind] = _byKind.GetValueOrDefault(finding.Kind).Add(finding.Severity);
        }
        Totals = new SeverityCounts(Totals.Errors + counts.Errors, Totals.Warnings + counts.Warnings, Totals.Infos + counts.Infos);
        DocumentsWithFindings++;
        if (counts.Errors > 0)
            DocumentsWithErrors++;
        var e = result.Evaluation;
        KeepIfWorst(new DocumentTally(result.File, e?.Department is { Length: > 0 } d ? d : null, e?.Year > 0 ? e.Year : null, counts, sequence));
    }

    private void KeepIfWorst(DocumentTally tally)
    {
        if (_worst.Count == _worstCount && DocumentTally.CompareWorstFirst(tally, _worst[^1]) >= 0)
            return;
        var at = _worst.BinarySearch(tally, Comparer<DocumentTally>.Create(DocumentTally.CompareWorstFirst));
        _worst.Insert(at < 0 ? ~at : at, tally);
        if (_worst.Count > _worstCount)
            _worst.RemoveAt(_worst.Count - 1);
    }
}
