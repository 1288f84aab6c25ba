namespace Jixiao.Documents.Audit;

/// <summary>One document's findings counted, for the list of the documents with the most problems.</summary>
/// <param name="Sequence">The document's place in the run, so equal counts keep the input order.</param>
public sealed record DocumentTally(string File, string? Department, int? Year, SeverityCounts Counts, int Sequence)
{
    /// <summary>Most errors first, then most warnings, then most notes, then input order.</summary>
    public static int CompareWorstFirst(DocumentTally a, DocumentTally b)
    {
        var c = b.Counts.Errors.CompareTo(a.Counts.Errors);
        if (c == 0)
            c = b.Counts.Warnings.CompareTo(a.Counts.Warnings);
        if (c == 0)
            c = b.Counts.Infos.CompareTo(a.Counts.Infos);
        return c != 0 ? c : a.Sequence.CompareTo(b.Sequence);
    }
}
