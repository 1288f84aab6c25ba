namespace Jixiao.Documents.Report;

/// <summary>
/// A section as the report lays it out: its id (the key of its narrative), its title without number, whether it
/// is numbered, the figures the scheme expects in it, whether the scheme requires it, and its children.
/// </summary>
internal sealed record PlannedSection(string Id, string Title, bool Numbered, IReadOnlyList<string> Figures, bool Required, IReadOnlyList<PlannedSection> Children)
{
    /// <summary>What the section lists from the evaluation (tasks), from the scheme section of the same id.</summary>
    public IReadOnlyList<string> Lists { get; init; } = [];

    public IEnumerable<PlannedSection> SelfAndDescendants()
    {
        yield return this;
        foreach (var child in Children)
        {
            foreach (var s in child.SelfAndDescendants())
                yield return s;
        }
    }
}
