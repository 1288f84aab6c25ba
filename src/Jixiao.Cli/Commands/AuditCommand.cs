using System.CommandLine;
using System.Diagnostics;
using Jixiao.Cli.Bulk;
using Jixiao.Cli.CommandLine;
using Jixiao.Cli.Inputs;
using Jixiao.Documents.Audit;
using Jixiao.Documents.Files;
using Jixiao.Documents.Import;
using Spectre.Console;

namespace Jixiao.Cli.Commands;

/// <summary>
/// jixiao audit PATH... [--out FILE]: imports and audits many documents (files, or folders searched recursively) on
/// every core, shows progress (a bar on a terminal, "已处理 n/N" lines on stderr otherwise), then a Chinese summary;
/// --out streams one row per finding to .csv or .xlsx. Exit 0 when every file was read, 1 when some could not be.
/// </summary>
internal static class AuditCommand
{
    public static Command Create()
    {
        var paths = new Argument<string[]>("paths") { Arity = ArgumentArity.OneOrMore, HelpName = "路径", Description = "自评报告或自评表（.txt/.docx/.pdf/.xlsx），或包含它们的文件夹；“-”表示标准输入" };
        var output = new Option<string?>("--out") { HelpName = "文件", Description = "把每份文档的问题明细写入文件：.xlsx（汇总和问题明细两张表）或 .csv（UTF-8，Excel 可直接打开）；写完才替换原有文件，中断时原有文件不变" };
        var command = new Command("audit", "批量导入并审核自评报告，汇总问题") { paths, output };
        command.SetAction(parse => Run(parse, parse.GetValue(paths)!, parse.GetValue(output)));
        return command;
    }

    private static int Run(ParseResult parse, string[] paths, string? outPath)
    {
        Func<Stream, IAuditWriter>? format = null;
        if (outPath is not null)
        {
            format = Path.GetExtension(outPath).ToLowerInvariant() switch
            {
                ".csv" => s => new AuditCsvWriter(s),
                ".xlsx" => s => new AuditXlsxWriter(s),
                _ => null,
            };
            if (format is null)
            {
                Output.Error($"不支持的汇总文件格式：“{outPath}”。请用 .xlsx 或 .csv 结尾的文件名");
                return 1;
            }
        }
        if (!SchemeLoading.TryLoad(parse, out var catalog))
            return 1;
        var verbose = parse.GetValue(GlobalOptions.Verbose);
        // The count is needed up front for the progress; folders are listed (and sorted) whole anyway. A summary
        // written into an audited folder by an earlier run is not a document to audit.
        var summaryFile = outPath is null ? null : SummaryRealPath(outPath);
        var inputs = new InputWalker(ImportCommand.DocumentExtensions).Walk(paths)
            .Where(i => summaryFile is null || PathKinds.RealPath(i.Path) != summaryFile).ToList();
        if (inputs.Count == 0)
        {
            Output.Error($"没有找到可审核的文档（.txt/.docx/.pdf/.xlsx）：{string.Join("、", paths)}");
            return 1;
        }

        // Written beside the target and renamed over it only when complete: a failure or Ctrl+C leaves the
        // previous summary as it was.
        using var target = outPath is null ? null : Open(outPath);
        if (outPath is not null && target is null)
            return 1;
        var summary = new AuditSummary();
        var clock = Stopwatch.StartNew();
        var pipeline = new ImportPipeline(catalog);
        var results = OrderedParallel.Map(inputs, input => FileBoundary.Import(pipeline, input), Environment.ProcessorCount);
        try
        {
            using (var writer = target is null ? null : format!(target.Stream))
            {
                if (Console.IsOutputRedirected)
                    RunPlain(results, inputs.Count, summary, writer, verbose);
                else
                    RunWithProgressBar(results, inputs.Count, summary, writer);
                writer?.Complete(summary);
            }
            target?.Commit();
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            Output.Error($"写入汇总文件“{outPath}”失败：{FileErrors.Describe(e, outPath!)}。原有文件未改动");
            return 1;
        }
        AuditReport.Write(Output.Console, summary, clock.Elapsed, outPath);
        return summary.Unreadable.Count == 0 ? 0 : 1;
    }

    private static AtomicFile? Open(string outPath)
    {
        try
        {
            return AtomicFile.Create(outPath);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            Output.Error($"无法创建汇总文件“{outPath}”：{FileErrors.Describe(e, outPath)}。请换一个文件名或可写的文件夹");
            return null;
        }
    }

    /// <summary>Where the summary will be, with links resolved, to leave it out of the documents audited.</summary>
    private static string? SummaryRealPath(string outPath)
    {
        var full = Path.GetFullPath(outPath);
        return PathKinds.RealPath(Path.GetDirectoryName(full)!) is { } folder ? Path.Combine(folder, Path.GetFileName(full)) : full;
    }

    /// <summary>Not a terminal: a progress line every twentieth of the run (at most every 500 documents), errors as they come.</summary>
    private static void RunPlain(IEnumerable<ImportResult> results, int total, AuditSummary summary, IAuditWriter? writer, bool verbose)
    {
        var every = Math.Clamp(total / 20, 1, 500);
        var done = 0;
        foreach (var result in results)
        {
            Add(result, summary, writer);
            if (result.Error is { } error)
                FileBoundary.Report(error, result.Cause, verbose);
            done++;
            if (done % every == 0 || done == total)
                Console.Error.WriteLine($"已处理 {done}/{total}");
        }
    }

    /// <summary>A terminal: a live bar; unreadable files are listed in the summary, not over the bar.</summary>
    private static void RunWithProgressBar(IEnumerable<ImportResult> results, int total, AuditSummary summary, IAuditWriter? writer)
    {
        Output.Console.Progress()
            .AutoClear(false)
            .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new RemainingTimeColumn(), new SpinnerColumn())
            .Start(context =>
            {
                var task = context.AddTask($"已处理 0/{total}", maxValue: total);
                var done = 0;
                foreach (var result in results)
                {
                    Add(result, summary, writer);
                    done++;
                    task.Description = $"已处理 {done}/{total}";
                    task.Increment(1);
                }
            });
    }

    private static void Add(ImportResult result, AuditSummary summary, IAuditWriter? writer)
    {
        summary.Add(result);
        writer?.Add(result);
    }
}
