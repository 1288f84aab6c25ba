namespace Jixiao.Documents.Tests.Import.Variants.Generator;

/// <summary>
/// Where a corpus document's title is: the first line naming 绩效 and ending in 报告 or 表, with the line before it
/// when the title is broken after "…部门" as seed 003 has it. The generator knows the corpus; the importer must not rely on this.
/// </summary>
internal sealed record ReportTitle(int First, int Last, string Text)
{
    /// <summary>How far into the document a title may sit: after an attachment number and blank lines, not deeper.</summary>
    private const int SearchLines = 12;

    public static ReportTitle? Find(VariantSource source)
    {
        var lines = source.RawLines;
        for (var i = 0; i < Math.Min(lines.Count, SearchLines); i++)
        {
            var text = lines[i].Trim();
            if (source.Lines[i].IsTableRow || !IsTitle(text))
                continue;
            // Seed 003: "…管理局部门", a blank line, "整体支出绩效自评报告".
            var previous = i > 1 && lines[i - 1].Trim().Length == 0 ? i - 2 : i - 1;
            if (previous >= 0 && lines[previous].Trim().EndsWith("部门", StringComparison.Ordinal) && text.StartsWith("整体", StringComparison.Ordinal))
                return new ReportTitle(previous, i, lines[previous].Trim() + text);
            return new ReportTitle(i, i, text);
        }
        return null;
    }

    private static bool IsTitle(string text) =>
        text.Length is > 4 and <= 60
        && text.Contains("绩效", StringComparison.Ordinal)
        && (text.EndsWith("报告", StringComparison.Ordinal) || text.EndsWith('表'));
}
