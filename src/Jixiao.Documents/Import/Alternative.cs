namespace Jixiao.Documents.Import;

/// <summary>
/// Another value the document gives a field, which its own arithmetic cannot rule out: the import kept one and says
/// where the other stands, instead of choosing silently.
/// </summary>
public sealed record Alternative(string Value, int Line, string Place, string Quote)
{
    /// <summary>The value as a number, for figures; null for text (a department's name, a grade).</summary>
    public decimal? Number { get; init; }
}
