using Jixiao.Core.Evaluations;
using Jixiao.Core.Scoring;
using Jixiao.Documents.Table;

namespace Jixiao.Documents.Report;

/// <summary>The self-evaluation conclusion: the score and grade of <see cref="FinalScore"/> in one sentence.</summary>
internal static class ConclusionSentence
{
    public static string Write(Evaluation evaluation, FinalScore final)
    {
        var subject = $"{evaluation.Department} {evaluation.Year} 年度部门整体支出绩效自评";
        if (final.Score is not { } score)
            return $"{subject}得分无法计算（{final.Note}），暂不评级。";
        var grade = final.Grade is { } g ? $"，评级为“{g.ToChinese()}”" : "";
        var note = final.Note is null ? "" : $"（{final.Note}）";
        return $"{subject}得分 {NumberText.Score(score)} 分{grade}{note}。";
    }
}
