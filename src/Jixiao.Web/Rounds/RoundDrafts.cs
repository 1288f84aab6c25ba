using Jixiao.Core.Evaluations;
using Jixiao.Core.Indicators;
using Jixiao.Core.Schemes;

namespace Jixiao.Web.Rounds;

/// <summary>
/// A new year's draft, prefilled from the department's last evaluation: who it is, its goal, its key tasks and
/// indicators with their targets (not last year's results), and the outline's first part — the description of
/// the department, which changes little from year to year. Figures, results and conclusions start empty.
/// </summary>
public static class RoundDrafts
{
    public static Evaluation Create(string department, string? region, int year, Scheme scheme, Evaluation? lastYear)
    {
        if (lastYear is null)
            return new Evaluation { Department = department, Region = region, Year = year, SchemeId = scheme.Id };
        var descriptive = (scheme.Outline.Sections.Count > 0 ? scheme.Outline.Sections[0] : null)?.SelfAndDescendants()
            .Where(s => s.Figures.Count == 0).Select(s => s.Id).ToHashSet(StringComparer.Ordinal) ?? [];
        return new Evaluation
        {
            Department = department,
            Region = region ?? lastYear.Region,
            Year = year,
            SchemeId = scheme.Id,
            Kind = lastYear.Kind,
            AnnualGoal = lastYear.AnnualGoal,
            Tasks = lastYear.Tasks.Select(t => new KeyTask { Name = t.Name, Goal = t.Goal }).ToList(),
            Indicators = lastYear.Indicators.Select(i => new Indicator
            {
                Level1 = i.Level1,
                Level2 = i.Level2,
                Name = i.Name,
                Weight = i.Weight,
                Formula = i.Formula,
                Target = i.Target,
                Task = i.Task,
            }).ToList(),
            Narrative = lastYear.Narrative.Where(n => descriptive.Contains(n.Key)).ToDictionary(StringComparer.Ordinal),
        };
    }
}
