using Jixiao.Core.Evaluations;
using Jixiao.Core.Scoring;

namespace Jixiao.Documents.Table;

/// <summary>
/// The score and grade a document states: the engine's total when the evaluation can be scored, else the
/// department's own score marked as not recomputable, else nothing (never a made-up score).
/// </summary>
internal sealed record FinalScore(decimal? Score, Grade? Grade, bool Recomputed, string? Note)
{
    public static FinalScore Of(Evaluation evaluation, ScoreCard card)
    {
        if (card.IsEvaluable)
        {
            var note = card.CapApplied;
            if (evaluation.Stated.Score is { } stated && stated != card.Total)
                note = Join(note, $"部门自评 {Report.NumberText.Score(stated)} 分，按评分方案重算为 {Report.NumberText.Score(card.Total!.Value)} 分");
            return new FinalScore(card.Total, card.Grade, true, note);
        }
        // Three are enough to act on; a scheme with many judgement leaves could list twenty.
        var missing = card.Missing.Count switch
        {
            0 => null,
            <= 3 => $"缺少{string.Join("、", card.Missing)}",
            _ => $"缺少{string.Join("、", card.Missing.Take(3))}等 {card.Missing.Count} 项",
        };
        if (evaluation.Stated.Score is { } score)
            return new FinalScore(score, evaluation.Stated.Grade ?? card.Scheme.GradeFor(score), false, Join("系统无法按评分方案重算", missing));
        return new FinalScore(null, evaluation.Stated.Grade, false, Join("无法计算自评得分", missing));
    }

    private static string? Join(string? a, string? b) => a is null ? b : b is null ? a : $"{a}：{b}";
}
