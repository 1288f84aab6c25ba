using System.Globalization;
using Jixiao.Core.Evaluations;
using Jixiao.Core.Scoring;
using Jixiao.Documents.Table;

namespace Jixiao.Documents.Report;

/// <summary>The self-evaluation conclusion in one sentence, from <see cref="DocumentScore"/>; null when there is no score to state.</summary>
internal static class ConclusionSentence
{
    public static string? Write(Evaluation evaluation, DocumentScore score, DocumentNumbers numbers)
    {
        if (score.Score is not { } s)
            return null;
        var grade = score.Grade is { } g ? $"，评级为“{g.ToChinese()}”" : "";
        return $"{evaluation.Department}{evaluation.Year.ToString(CultureInfo.InvariantCulture)}年度部门整体支出绩效自评得分{numbers.Score(s)}分{grade}。";
    }
}
