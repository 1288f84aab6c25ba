using System.Globalization;
using Jixiao.Core.Scoring;

namespace Jixiao.Documents.Import.Extraction;

/// <summary>
/// The values a document gives a field beside the one kept, where its own arithmetic could not choose (a conflict no
/// other figure corroborates) or where two places name the department differently: by the JSON contract's field names.
/// </summary>
internal static class Alternatives
{
    public static IReadOnlyDictionary<string, IReadOnlyList<Alternative>> Of(DocumentFacts facts, IReadOnlyList<Conflict> conflicts)
    {
        var result = new Dictionary<string, List<Alternative>>(StringComparer.Ordinal);
        void Add(string field, Alternative alternative)
        {
            if (!result.TryGetValue(field, out var list))
                result[field] = list = [];
            list.Add(alternative);
        }
        foreach (var (name, line) in facts.OtherDepartments)
            Add("department", new Alternative(name, line.Number, line.Place, name));
        foreach (var conflict in conflicts.Where(c => !c.Corroborated))
        {
            var other = conflict.Other;
            var alternative = conflict.Path == Paths.Grade
                ? new Alternative(((Grade)(int)other.Value).ToChinese(), other.Line.Number, other.Line.Place, other.Quote)
                : new Alternative(Money.WithoutTrailingZeros(other.Value).ToString(CultureInfo.InvariantCulture), other.Line.Number, other.Line.Place, other.Quote)
                { Number = other.Value };
            Add(ContractField(conflict.Path), alternative);
        }
        return result.ToDictionary(e => e.Key, e => (IReadOnlyList<Alternative>)e.Value, StringComparer.Ordinal);
    }

    /// <summary>The import contract's name of a model path (domain.md §8): rates.execution → executionRate, carryover …</summary>
    private static string ContractField(string path) => path switch
    {
        "rates.execution" or "rates.completion" => "executionRate",
        "rates.adjustment" => "adjustmentRate",
        Paths.Carryover => "carryover",
        _ => path,
    };
}
