using Jixiao.Core.Audit;
using Jixiao.Documents.Import;

namespace Jixiao.Documents.Audit;

/// <summary>
/// One line of the per-document findings file (CSV or the 问题明细 sheet): the document, then the finding. An
/// unreadable file is one row of kind <see cref="UnreadableKind"/> whose 说明 is the reader's Chinese error.
/// </summary>
public sealed record FindingRow(
    string File,
    string? Department,
    int? Year,
    string Kind,
    Severity Severity,
    string Message,
    string? Place,
    string? Quote,
    decimal? Stated,
    decimal? Computed)
{
    public const string UnreadableKind = "unreadable";

    public static IReadOnlyList<string> Headers { get; } = ["文件", "部门", "年度", "类型", "严重程度", "说明", "位置", "原文", "写明值", "计算值"];

    public static IEnumerable<FindingRow> Of(ImportResult result)
    {
        if (result.Error is { } error)
        {
            yield return new FindingRow(result.File, null, null, UnreadableKind, Severity.Error, error, null, null, null, null);
            yield break;
        }
        var e = result.Evaluation;
        var department = e?.Department is { Length: > 0 } d ? d : null;
        int? year = e?.Year > 0 ? e.Year : null;
        foreach (var f in result.Findings)
        {
            var place = f.Place ?? (f.Line is { } line ? $"第 {line} 行" : null);
            yield return new FindingRow(result.File, department, year, f.Kind, f.Severity, f.Message, place, f.Quote, f.Stated, f.Computed);
        }
    }
}
