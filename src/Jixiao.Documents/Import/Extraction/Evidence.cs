using Jixiao.Core.Audit;

namespace Jixiao.Documents.Import.Extraction;

/// <summary>
/// Where each thing an audit finding can be about was read: a figure path, a rate, an indicator, a task, a section.
/// Turns a finding's <see cref="Finding.Subject"/> into its line, place and quote in the source.
/// </summary>
internal sealed class Evidence
{
    private readonly Dictionary<string, (SourceLine Line, string Quote)> _bySubject = new(StringComparer.Ordinal);

    public void Add(string subject, SourceLine line, string quote) => _bySubject.TryAdd(subject, (line, quote));

    /// <summary>Every subject with where it was read, for a person checking an import before saving it.</summary>
    public IReadOnlyDictionary<string, FieldSource> Sources() =>
        _bySubject.ToDictionary(e => e.Key, e => new FieldSource(e.Value.Line.Number, e.Value.Line.Place, e.Value.Quote), StringComparer.Ordinal);

    public Finding Locate(Finding finding)
    {
        if (finding.Line is not null || finding.Subject is not { } subject)
            return finding;
        if (_bySubject.TryGetValue(subject, out var at))
            return finding with { Line = at.Line.Number, Place = at.Line.Place, Quote = finding.Quote ?? at.Quote };
        if (subject.StartsWith("section:", StringComparison.Ordinal))
            return finding with { Place = "全文" };
        return finding;
    }
}
