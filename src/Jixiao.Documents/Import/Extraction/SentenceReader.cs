using System.Text.RegularExpressions;
using Jixiao.Core.Scoring;
using Jixiao.Documents.Import.Structure;

namespace Jixiao.Documents.Import.Extraction;

/// <summary>
/// Reads figures from running text: each number with a unit takes its meaning from the nearest vocabulary word before
/// it in the same clause ("全年预算数 6,612.3 万元"), and from the sentence's subject when that word is generic
/// ("项目支出全年预算数为 4,194.52 万元，支出决算数为 3,982.35 万元，全年执行率 94.9%" is all about 项目支出). A
/// subject lasts to the end of its sentence or until another subject; a named project ("物业管理费项目支出预算数") is a
/// task of its own.
/// </summary>
internal static partial class SentenceReader
{
    public static void Read(Passage passage, DocumentFacts facts)
    {
        var text = passage.Compact;
        var s = text.Text;
        var start = 0;
        for (var i = 0; i <= s.Length; i++)
        {
            if (i < s.Length && s[i] is not ('。' or ';' or '!' or '?'))
                continue;
            if (i > start)
                new Sentence(text, start, i, passage, facts).Read();
            start = i + 1;
        }
        ReadGrades(text, passage, facts);
        ReadIndicatorCount(text, passage, facts);
    }

    /// <summary>"评级为“优”", "评价等级：优", "等级为“良好”".</summary>
    private static void ReadGrades(CompactText text, Passage passage, DocumentFacts facts)
    {
        foreach (Match m in GradePattern().Matches(text.Text))
        {
            // A bare "等级" is a grade only in a sentence about the evaluation ("风险等级为中" is not).
            if (m.Groups["bare"].Success && !EvaluationContext().IsMatch(SentenceAround(text.Text, m.Index)))
                continue;
            // "其中“科技创新专项”项目自评得分88分，等级为“良”" grades a project, not the department.
            var before = text.Text[(text.Text.LastIndexOf('。', Math.Max(m.Index - 1, 0)) + 1)..m.Index];
            if (before.Contains("项目", StringComparison.Ordinal) && !before.Contains("整体", StringComparison.Ordinal))
                continue;
            if (GradeNames.TryParse(m.Groups["grade"].Value, out var grade))
            {
                var at = text.OriginOf(m.Index);
                facts.Grades.Add((grade, passage.LineAt(at), text.Quote(passage, m.Index, m.Index + m.Length), passage.IsCell));
            }
        }
    }

    /// <summary>"设立了 20 项细化指标，均已完成": the count and, when said, how many are met.</summary>
    private static void ReadIndicatorCount(CompactText text, Passage passage, DocumentFacts facts)
    {
        if (facts.StatedIndicators is not null)
            return;
        var m = IndicatorCountPattern().Match(text.Text);
        if (!m.Success || !int.TryParse(m.Groups["count"].Value, out var count) || count == 0)
            return;
        var rest = text.Text[(m.Index + m.Length)..];
        var end = rest.IndexOf('。', StringComparison.Ordinal);
        if (end >= 0)
            rest = rest[..end];
        int? met = null;
        if (AllMetPattern().IsMatch(rest))
            met = count;
        else if (MetCountPattern().Match(rest) is { Success: true } metMatch && int.TryParse(metMatch.Groups["met"].Value, out var n))
            met = Math.Min(n, count);
        var sentenceEnd = m.Index + m.Length + Math.Max(end, 0);
        facts.StatedIndicators = (count, met, passage.LineAt(text.OriginOf(m.Index)), text.Quote(passage, m.Index, Math.Min(sentenceEnd, text.Text.Length)));
    }

    private static string SentenceAround(string s, int at)
    {
        var from = s.LastIndexOf('。', Math.Max(at - 1, 0)) + 1;
        var to = s.IndexOf('。', at);
        return s[from..(to < 0 ? s.Length : to)];
    }

    [GeneratedRegex(@"自评|得分|绩效评价|评价结论")]
    private static partial Regex EvaluationContext();

    [GeneratedRegex(@"(?:自评等级|评价等级|评定等级|绩效等级|综合等级|评级|评价结果|评定为|评为|(?<bare>等级|等次))(?:为|是|:|评定为|评为|达到)?(?<grade>优秀|优(?![化先惠质势美])|良好|良(?![性种])|中等|中(?![国心央间期华])|合格|较差|差(?![异距额旅])|不合格)")]
    private static partial Regex GradePattern();

    [GeneratedRegex(@"(?<count>\d+)(?:项|个)(?:细化|绩效|三级|具体|量化|考核|评价|二级|个性|产出和效益|产出效益)?(?:绩效)?指标")]
    private static partial Regex IndicatorCountPattern();

    [GeneratedRegex(@"均已完成|全部完成|均已达成|全部达成|均完成|均达到|全部达到|均已实现|全部实现|完成率为?100%")]
    private static partial Regex AllMetPattern();

    [GeneratedRegex(@"(?:完成|达成|实现)(?:了)?(?<met>\d+)(?:项|个)")]
    private static partial Regex MetCountPattern();
}
