using Jixiao.Documents.Schemes;

namespace Jixiao.Web.Evaluations;

/// <summary>
/// The title of a report section by its id. An imported report keeps the sections of the outline it was written to
/// (a 2022 report in a 2023 draft), so a section missing from the record's scheme is looked up in the others before
/// its bare id is shown.
/// </summary>
public static class SectionTitles
{
    public static string Find(SchemeCatalog schemes, string sectionId, params string?[] preferredSchemes)
    {
        var order = preferredSchemes.OfType<string>().Select(schemes.Find).OfType<Jixiao.Core.Schemes.Scheme>()
            .Concat(schemes.All.OrderByDescending(s => s.Year).ThenBy(s => s.Id, StringComparer.Ordinal));
        foreach (var scheme in order)
        {
            if (scheme.Outline.AllSections().FirstOrDefault(s => s.Id == sectionId) is { } section)
                return section.Title;
        }
        return sectionId;
    }
}
