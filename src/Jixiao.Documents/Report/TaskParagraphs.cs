using System.Globalization;
using Jixiao.Core.Evaluations;

namespace Jixiao.Documents.Report;

/// <summary>
/// The key tasks (重点工作任务) as the seed reports list them: "1.严格资产使用管理。" in bold followed by the task's
/// goal. A narrative line that only enumerates the task names gives way to these paragraphs.
/// </summary>
internal static class TaskParagraphs
{
    public static List<ReportParagraph> Write(Evaluation evaluation, DocumentNumbers numbers)
    {
        var paragraphs = new List<ReportParagraph>(evaluation.Tasks.Count);
        var n = 0;
        foreach (var task in evaluation.Tasks)
        {
            if (string.IsNullOrWhiteSpace(task.Name))
                continue;
            n++;
            var name = NarrativeText.Normalize(task.Name, numbers).TrimEnd('。', '.', '；', ';');
            var goal = task.Goal is { } g ? NarrativeText.Normalize(g.Replace('\n', ' '), numbers) : "";
            paragraphs.Add(new ReportParagraph(goal, $"{n.ToString(CultureInfo.InvariantCulture)}.{name}。"));
        }
        return paragraphs;
    }

    /// <summary>Whether <paramref name="paragraph"/> says nothing but the task names with their numbers.</summary>
    public static bool OnlyNames(string paragraph, Evaluation evaluation)
    {
        if (evaluation.Tasks.Count == 0)
            return false;
        var rest = paragraph;
        foreach (var task in evaluation.Tasks)
        {
            if (task.Name.Length > 0)
                rest = rest.Replace(task.Name, "", StringComparison.Ordinal);
        }
        return rest.Length < paragraph.Length && rest.All(c => char.IsDigit(c) || char.IsWhiteSpace(c) || char.IsPunctuation(c));
    }

    /// <summary>Whether the narrative already gives every task's goal (seed 003 writes them into its own sentence).</summary>
    public static bool Covered(IEnumerable<string> narrative, Evaluation evaluation, DocumentNumbers numbers)
    {
        var text = ReportText.Comparable(string.Concat(narrative));
        return evaluation.Tasks.Where(t => !string.IsNullOrWhiteSpace(t.Goal))
            .All(t => text.Contains(ReportText.Comparable(NarrativeText.Normalize(t.Goal!, numbers)).TrimEnd('。'), StringComparison.Ordinal));
    }
}
