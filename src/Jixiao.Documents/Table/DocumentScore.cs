using Jixiao.Core.Evaluations;
using Jixiao.Core.Scoring;

namespace Jixiao.Documents.Table;

/// <summary>
/// The score and grade the documents state. A table's 总分 is the sum of the 得分 it shows, and it shows one only
/// when every line carries its 分值 and 得分 and the 分值 add up to the scheme's total; a cap on the total is a line
/// of its own (<see cref="CapAdjustment"/>), so the column still adds up. Without such a total the documents state
/// the department's own score, or none: never a score made up from even shares.
/// </summary>
internal sealed record DocumentScore(decimal? Score, Grade? Grade, decimal? TableTotal, decimal? CapAdjustment, string? CapNote)
{
    public static DocumentScore Of(Evaluation evaluation, ScoreCard card, IReadOnlyList<ScoredRow> rows)
    {
        var weights = rows.Sum(r => r.Weight ?? 0m);
        var complete = rows.Count > 0 && weights == card.Scheme.TotalWeight && rows.All(r => r.Weight is null || r.Score is not null);
        if (complete)
        {
            var sum = rows.Sum(r => r.Score ?? 0m);
            decimal? cap = card.CapApplied is not null && card.Total is { } capped && capped < sum ? capped - sum : null;
            var total = sum + (cap ?? 0m);
            return new DocumentScore(total, card.Scheme.GradeFor(total), total, cap, cap is null ? null : card.CapApplied);
        }
        if (evaluation.Stated.Score is { } stated)
            return new DocumentScore(stated, evaluation.Stated.Grade ?? card.Scheme.GradeFor(stated), null, null, null);
        return new DocumentScore(null, evaluation.Stated.Grade, null, null, null);
    }
}
