using Jixiao.Core.Audit;
using Jixiao.Core.Evaluations;
using Jixiao.Core.Schemes;
using Jixiao.Core.Scoring;

namespace Jixiao.Documents.Import.Extraction;

/// <summary>
/// The value kept for each figure the document states, and for its grade: the table's first, unless the document's own
/// arithmetic (sums and rates, by the audit itself) prefers another of its statements. Every other value stated
/// becomes a <see cref="Conflict"/>, corroborated when the arithmetic decided.
/// </summary>
internal sealed class FigureChoice(DocumentFacts facts, Scheme scheme, Evidence evidence, List<Conflict> conflicts)
{
    /// <summary>One value per figure path, with where it was read.</summary>
    public Dictionary<string, decimal> Values()
    {
        var values = new Dictionary<string, decimal>(StringComparer.Ordinal);
        var groups = facts.Mentions.OrderBy(m => m.Line.Number).GroupBy(m => m.Path, StringComparer.Ordinal).ToList();
        var contested = new List<IGrouping<string, Mention>>();
        foreach (var group in groups)
        {
            var first = group.FirstOrDefault(m => m.FromTable) ?? group.First();
            values[group.Key] = first.Value;
            evidence.Add(group.Key, first.Line, first.Quote);
            if (group.Any(m => !Agree(m.Value, first.Value)))
                contested.Add(group);
        }
        if (values.TryGetValue(Paths.Rate("execution"), out _) || values.ContainsKey(Paths.Rate("completion")))
        {
            var rate = facts.Mentions.First(m => m.Path is "rates.execution" or "rates.completion");
            evidence.Add("executionRate", rate.Line, rate.Quote);
        }
        foreach (var group in contested)
            Resolve(group, values);
        return values;
    }

    /// <summary>
    /// Tries each value the document gives for a figure against the others (sums and rates, by the audit itself) and
    /// keeps the one with the fewest contradictions; ties keep the table's value, then the first stated.
    /// </summary>
    private void Resolve(IGrouping<string, Mention> group, Dictionary<string, decimal> values)
    {
        var candidates = new List<(Mention Mention, int Errors)>();
        foreach (var mention in group.OrderByDescending(m => m.FromTable))
        {
            if (candidates.Any(c => Agree(c.Mention.Value, mention.Value)))
                continue;
            var trial = new Dictionary<string, decimal>(values, StringComparer.Ordinal) { [group.Key] = mention.Value };
            candidates.Add((mention, Contradictions(trial)));
        }
        var kept = candidates.OrderBy(c => c.Errors).First();
        values[group.Key] = kept.Mention.Value;
        foreach (var (other, errors) in candidates)
        {
            if (!Agree(other.Value, kept.Mention.Value))
                conflicts.Add(new Conflict(group.Key, kept.Mention, other, errors > kept.Errors));
        }
    }

    /// <summary>Two statements of a figure agree when the finer rounds (四舍五入) to the coarser: "94.49%" and "94.5%".</summary>
    internal static bool Agree(decimal a, decimal b)
    {
        var scale = Math.Min(Scale(a), Scale(b));
        return Math.Round(a, scale, MidpointRounding.AwayFromZero) == Math.Round(b, scale, MidpointRounding.AwayFromZero);
    }

    /// <summary>Decimals actually written: 3521.840000 (from 元) counts as 3521.84.</summary>
    private static int Scale(decimal d) => Money.WithoutTrailingZeros(d).Scale;

    private int Contradictions(Dictionary<string, decimal> values)
    {
        var trial = new Evaluation
        {
            Department = "",
            Year = 0,
            SchemeId = scheme.Id,
            Figures = FigureValues.ToFigures(values),
            Stated = new Stated { Rates = FigureValues.Rates(values) },
        };
        return Auditor.Run(trial, scheme).Findings.Count(f => f.Severity == Severity.Error && f.Kind is FindingKinds.RateMismatch or FindingKinds.SumMismatch);
    }

    /// <summary>A table's grade first; a second, different grade is a conflict like any figure's.</summary>
    public Grade? Grade()
    {
        if (facts.Grades.Count == 0)
            return null;
        var kept = facts.Grades.FirstOrDefault(g => g.FromTable);
        if (kept == default)
            kept = facts.Grades[0];
        evidence.Add(Paths.Grade, kept.Line, kept.Quote);
        foreach (var other in facts.Grades)
        {
            if (other.Grade != kept.Grade)
            {
                conflicts.Add(new Conflict(Paths.Grade, new Mention(Paths.Grade, (int)kept.Grade, kept.Line, kept.Quote, kept.FromTable),
                    new Mention(Paths.Grade, (int)other.Grade, other.Line, other.Quote, other.FromTable), false));
                break;
            }
        }
        return kept.Grade;
    }
}
