namespace Jixiao.Documents.Schemes;

/// <summary>A province (or municipality) and, when known, the prefecture-level city within it.</summary>
public sealed record Place(string Province, string? City)
{
    /// <summary>Whether a scheme for this place applies to a document from <paramref name="other"/>: same province, and the same city when this names one.</summary>
    public bool Covers(Place other) => Province == other.Province && (City is null || City == other.City);
}
