using System.Globalization;
using Jixiao.Documents.Audit;
using Spectre.Console;

namespace Jixiao.Cli.Commands;

/// <summary>The summary of a bulk audit as Chinese tables: totals, findings by kind and severity, the worst documents, the unreadable files.</summary>
internal static class AuditReport
{
    /// <summary>The console lists this many unreadable files; the --out file has them all.</summary>
    private const int UnreadableShown = 20;

    public static void Write(IAnsiConsole console, AuditSummary summary, TimeSpan elapsed, string? outPath)
    {
        console.Write(new Rule("[bold]批量审核汇总[/]").LeftJustified());
        var seconds = Math.Max(elapsed.TotalSeconds, 0.001);
        console.MarkupLine(Invariant($"文档 {summary.Documents} 份：成功读取 {summary.Read} 份，无法读取 {summary.Unreadable.Count} 份；用时 {seconds:0.0} 秒（每秒 {summary.Documents / seconds:0} 份）"));
        var t = summary.Totals;
        console.MarkupLine($"问题 {t.Total} 个：[red]错误 {t.Errors}[/]，[yellow]警告 {t.Warnings}[/]，提示 {t.Infos}；有问题的文档 {summary.DocumentsWithFindings} 份，其中有错误的 {summary.DocumentsWithErrors} 份");

        if (summary.ByKind.Count > 0)
        {
            var kinds = new Table().Title("问题类型").AddColumns("类型", "说明", "错误", "警告", "提示", "合计");
            foreach (var (kind, c) in summary.ByKind)
                kinds.AddRow(Markup.Escape(kind), Markup.Escape(FindingKindNames.ToChinese(kind)), Count(c.Errors, "red"), Count(c.Warnings, "yellow"), Count(c.Infos, null), c.Total.ToString(CultureInfo.InvariantCulture));
            kinds.AddRow("合计", "", Count(t.Errors, "red"), Count(t.Warnings, "yellow"), Count(t.Infos, null), t.Total.ToString(CultureInfo.InvariantCulture));
            console.Write(kinds);
        }

        if (summary.Worst.Count > 0)
        {
            var worst = new Table().Title("问题最多的文档").AddColumns("文件", "部门", "年度", "错误", "警告", "提示");
            foreach (var d in summary.Worst)
            {
                worst.AddRow(Markup.Escape(d.File), Markup.Escape(d.Department ?? "（未识别）"), d.Year?.ToString(CultureInfo.InvariantCulture) ?? "—",
                    Count(d.Counts.Errors, "red"), Count(d.Counts.Warnings, "yellow"), Count(d.Counts.Infos, null));
            }
            console.Write(worst);
        }

        if (summary.Unreadable.Count > 0)
        {
            var unreadable = new Table().Title("无法读取的文件").AddColumns("文件", "原因");
            foreach (var u in summary.Unreadable.Take(UnreadableShown))
                unreadable.AddRow(Markup.Escape(u.File), Markup.Escape(u.Error));
            console.Write(unreadable);
            var more = summary.Unreadable.Count - UnreadableShown;
            if (more > 0)
                console.MarkupLine(Markup.Escape($"另有 {more} 个文件无法读取，" + (outPath is null ? "用 --out 导出完整列表" : $"完整列表见 {outPath}")));
        }

        if (outPath is not null)
            console.MarkupLine($"问题明细已写入 {Markup.Escape(outPath)}");
    }

    private static string Count(int n, string? color) =>
        n > 0 && color is not null ? $"[{color}]{n}[/]" : n.ToString(CultureInfo.InvariantCulture);

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
