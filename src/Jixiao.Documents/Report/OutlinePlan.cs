using Jixiao.Core.Schemes;

namespace Jixiao.Documents.Report;

/// <summary>
/// The sections a report is written in. When the evaluation has its own outline (its document's headings), that
/// outline is the skeleton and the scheme adds only the sections it lacks that have something to say, each under
/// its scheme parent and after its scheme predecessor; otherwise the scheme's outline is used. The figures a
/// section should state come from the scheme section of the same id.
/// </summary>
internal static class OutlinePlan
{
    public static List<PlannedSection> Of(IReadOnlyList<OutlineSection> own, Outline scheme, Func<string, bool> hasContent)
    {
        var schemeById = scheme.AllSections().ToDictionary(s => s.Id, StringComparer.Ordinal);
        if (own.Count == 0)
            return scheme.Sections.Select(s => Plan(s, schemeById)).ToList();

        var plan = own.Select(s => Plan(s, schemeById)).ToList();
        var present = plan.SelectMany(s => s.SelfAndDescendants()).Select(s => s.Id).ToHashSet(StringComparer.Ordinal);
        foreach (var (section, parent, before) in Walk(scheme.Sections, null))
        {
            if (present.Contains(section.Id) || !section.SelfAndDescendants().Any(s => !present.Contains(s.Id) && hasContent(s.Id)))
                continue;
            var planned = Without(Plan(section, schemeById), present);
            Insert(plan, planned, parent is not null && present.Contains(parent.Id) ? parent.Id : null, before.Where(present.Contains).LastOrDefault());
            foreach (var s in planned.SelfAndDescendants())
                present.Add(s.Id);
        }
        return plan;
    }

    private static PlannedSection Plan(OutlineSection section, Dictionary<string, OutlineSection> scheme)
    {
        var (title, numbered) = HeadingNumber.Strip(section.Title);
        var fromScheme = scheme.GetValueOrDefault(section.Id);
        var figures = section.Figures.Count > 0 ? section.Figures : fromScheme?.Figures ?? [];
        return new PlannedSection(section.Id, title, numbered, figures, fromScheme?.Required ?? section.Required,
            section.Children.Select(c => Plan(c, scheme)).ToList())
        { Lists = section.Lists.Count > 0 ? section.Lists : fromScheme?.Lists ?? [] };
    }

    /// <summary>The section without the children the evaluation's outline already has (they stay where it put them).</summary>
    private static PlannedSection Without(PlannedSection section, HashSet<string> present) =>
        section with { Children = section.Children.Where(c => !present.Contains(c.Id)).Select(c => Without(c, present)).ToList() };

    /// <summary>Every scheme section with its parent and the ids of the siblings before it.</summary>
    private static IEnumerable<(OutlineSection Section, OutlineSection? Parent, List<string> Before)> Walk(IReadOnlyList<OutlineSection> sections, OutlineSection? parent)
    {
        for (var i = 0; i < sections.Count; i++)
        {
            yield return (sections[i], parent, sections.Take(i).Select(s => s.Id).ToList());
            foreach (var inner in Walk(sections[i].Children, sections[i]))
                yield return inner;
        }
    }

    /// <summary>Puts <paramref name="section"/> under the parent of that id (or at the top), after the sibling <paramref name="after"/> or first.</summary>
    private static void Insert(List<PlannedSection> plan, PlannedSection section, string? parentId, string? after)
    {
        if (parentId is null || !InsertUnder(plan, section, parentId, after))
            plan.Insert(Position(plan, after), section);
    }

    private static bool InsertUnder(List<PlannedSection> siblings, PlannedSection section, string parentId, string? after)
    {
        for (var i = 0; i < siblings.Count; i++)
        {
            var children = siblings[i].Children.ToList();
            if (siblings[i].Id == parentId)
                children.Insert(Position(children, after), section);
            else if (!InsertUnder(children, section, parentId, after))
                continue;
            siblings[i] = siblings[i] with { Children = children };
            return true;
        }
        return false;
    }

    private static int Position(List<PlannedSection> siblings, string? after)
    {
        if (after is null)
            return 0;
        var at = siblings.FindIndex(s => s.Id == after);
        return at < 0 ? siblings.Count : at + 1;
    }
}
