using System.Text.RegularExpressions;
using Jixiao.Core.Audit;
using Jixiao.Documents.Import.Extraction;
using Jixiao.Documents.Import.Structure;

namespace Jixiao.Documents.Import.Narrative;

/// <summary>
/// missing_number: a count or amount whose number was lost — "公文、会议通知等数余件" (seed 002: "余件" needs a numeral
/// before it), "共件", "合计项", "完成率为%", "支出万元". The rules look for a quantity word with nothing countable
/// before it; words where 余 is not a quantity (其余, 剩余, 结余 …) are left alone.
/// </summary>
internal static partial class MissingNumberCheck
{
    public const string RuleId = "JX-N01";

    public static RuleInfo Info { get; } = new(RuleId, FindingKinds.MissingNumber, Severity.Warning, "叙述中的数量或金额不得丢失数字（如“等数余件”“共件”）");

    public static IEnumerable<Finding> Find(DocumentLayout layout)
    {
        var seen = new HashSet<(int, string)>();
        foreach (var passage in layout.Passages)
        {
            if (!MayLoseNumber(passage.Text))
                continue;
            foreach (var finding in Find(passage, seen))
                yield return finding;
        }
        foreach (var row in layout.Rows)
        {
            for (var i = 0; i < row.Cells.Count; i++)
            {
                if (row.Cells[i].Length < 6 || !MayLoseNumber(row.Cells[i]))
                    continue;
                foreach (var finding in Find(new Passage(row.Line, row.Cells[i], isCell: true, raw: row.RawCell(i)), seen))
                    yield return finding;
            }
        }
    }

    /// <summary>The same check over text that is no document's line: a narrative section of an evaluation file.</summary>
    public static IEnumerable<Finding> FindIn(string text) => Find(new Passage(new SourceLine(1, text), text), []);

    private static IEnumerable<Finding> Find(Passage passage, HashSet<(int, string)> seen)
    {
        var text = passage.Compact;
        foreach (var pattern in Patterns)
        {
            foreach (Match m in pattern.Matches(text.Text))
            {
                var line = passage.LineAt(text.OriginOf(m.Index));
                var quote = Clause(text, passage, m.Index, m.Index + m.Length);
                if (!seen.Add((line.Number, quote)))
                    continue;
                yield return new Finding(FindingKinds.MissingNumber, Severity.Warning, RuleId,
                    $"“{quote}”缺少数字：“{text.Quote(passage, m.Index, m.Index + m.Length)}”前应有具体数量")
                { Line = line.Number, Place = line.Place, Quote = quote };
            }
        }
    }

    private static readonly Regex[] Patterns = [LostBeforeYu(), LostAfterTotal(), LostPercent(), LostAmount()];

    /// <summary>
    /// Every pattern needs one of these characters (余; 共, 计, 约; %; 万元 and 亿元 end in 元): most passages and cells have
    /// none and are passed over without a compact copy or a regex scan.
    /// </summary>
    private static readonly System.Buffers.SearchValues<char> Triggers = System.Buffers.SearchValues.Create("余共计约%％元");

    private static bool MayLoseNumber(string text) => text.AsSpan().IndexOfAny(Triggers) >= 0;

    /// <summary>The clause around a match, as written, for the message and the quote.</summary>
    private static string Clause(CompactText text, Passage passage, int start, int end)
    {
        var s = text.Text;
        var from = start;
        while (from > 0 && start - from < 30 && s[from - 1] is not (',' or '。' or ';' or ':' or '!' or '?'))
            from--;
        var to = end;
        while (to < s.Length && to - end < 20 && s[to] is not (',' or '。' or ';' or '!' or '?'))
            to++;
        return text.Quote(passage, from, to, 60);
    }

    /// <summary>"数余件", "等余项": 余 counts only after a numeral ("1500余场", "十余次").</summary>
    [GeneratedRegex(@"(?<![\d一二三四五六七八九十百千万亿两几其剩业富盈结残节空课闲工多])余(?:件|个|项|次|人次|场次|场|篇|份|宗|户|家|起|条|批|台|辆|名|人|万元|元)")]
    private static partial Regex LostBeforeYu();

    /// <summary>"共件", "合计项", "累计万元": a total with no number.</summary>
    [GeneratedRegex(@"(?:共计|合计|累计|总计|一共|总共|(?<![公总一社中])共|约)(?:有)?(?:件(?!数)|项(?![目])|次(?![数要序])|人次|场次|篇(?![幅章])|份(?!额)|宗(?![旨教])|户(?![籍口])|起(?![草来到])|批(?![准复次])|万元|亿元|元(?![旦素]))")]
    private static partial Regex LostAfterTotal();

    /// <summary>"完成率为%", "达到%": a percent sign with no number (a column title "比例(%)" has its bracket).</summary>
    [GeneratedRegex(@"(?<=[\u4e00-\u9fff:])%")]
    private static partial Regex LostPercent();

    /// <summary>"支出万元", "预算资金为万元": an amount word followed straight by its unit.</summary>
    [GeneratedRegex(@"(?:为|达到|达|共计|合计|累计|总计|支出|预算|金额|资金|节约|结余|追加|调减|拨付)(?:万元|亿元)")]
    private static partial Regex LostAmount();
}
