using Jixiao.Core.Evaluations;
using Jixiao.Core.Schemes;
using Jixiao.Documents.Import.Structure;

namespace Jixiao.Documents.Import.Extraction;

/// <summary>The document's text by the scheme's outline sections, and what those sections should state but do not.</summary>
internal static class NarrativeSections
{
    /// <summary>Each outline section the document has: its heading's line and its text, up to the next heading.</summary>
    public static void Read(DocumentFacts facts, Scheme scheme, DocumentLayout layout)
    {
        var found = SchemeMatcher.FindSections(scheme, layout.Headings);
        // A form follows a report outline only if it has most of its parts; one row label that happens to match a
        // section title does not make the form a report with missing sections. Nor does a report from a region with
        // no scheme of its own follow the national outline it was bound to when it has few of its sections.
        var top = scheme.Outline.Sections;
        var followsFew = top.Count(t => found.Any(f => t.SelfAndDescendants().Contains(f.Section))) * 2 < top.Count;
        if (followsFew && (facts.Kind == DocumentKind.Table || !SchemeMatcher.IsRegional(scheme, facts)))
            return;
        var starts = found.Select(f => f.Heading.Order).Distinct().Order().ToList();
        foreach (var (section, heading) in found)
        {
            facts.SectionLines.TryAdd(section.Id, heading.Line);
            var next = starts.FirstOrDefault(s => s > heading.Order, int.MaxValue);
            var text = string.Join("\n", layout.Passages.Where(p => p.Line.Number > heading.Order && p.Line.Number < next).Select(p => p.Text));
            if (text.Length == 0)
                text = layout.Rows.FirstOrDefault(r => r.Line.Number == heading.Order)?.Quote ?? heading.Core;
            facts.Narrative.TryAdd(section.Id, text);
        }
    }

    /// <summary>A figure a section must state but the document does not: the finding points at that section's heading.</summary>
    public static void LocateMissingFigures(Evaluation evaluation, DocumentFacts facts, Scheme scheme, Evidence evidence)
    {
        foreach (var section in scheme.Outline.AllSections())
        {
            if (!facts.SectionLines.TryGetValue(section.Id, out var line))
                continue;
            foreach (var path in section.Figures)
            {
                if (!FigurePath.IsStated(evaluation, path))
                    evidence.Add(path, line, section.Title);
            }
        }
    }

    public static string? Goal(DocumentFacts facts, Scheme scheme)
    {
        foreach (var section in scheme.Outline.AllSections())
        {
            if ((section.Title.Contains("绩效目标", StringComparison.Ordinal) || section.Title.Contains("总体目标", StringComparison.Ordinal))
                && facts.Narrative.TryGetValue(section.Id, out var text) && text.Length > 0)
                return text;
        }
        return null;
    }
}
