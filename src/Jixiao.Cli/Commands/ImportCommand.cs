using System.CommandLine;
using Jixiao.Cli.Bulk;
using Jixiao.Cli.CommandLine;
using Jixiao.Cli.Inputs;
using Jixiao.Core.Audit;
using Jixiao.Core.Scoring;
using Jixiao.Documents.Import;

namespace Jixiao.Cli.Commands;

/// <summary>
/// jixiao import [--json] PATH...: reads each document (files, "-" for standard input, or folders searched
/// recursively), turns it into the model, audits it and prints one line per document in input order. An unreadable
/// file or folder gets a Chinese error on stderr and, with --json, a line with an "error" field so the order is kept.
/// Exit 0 when every file was read, 1 when some could not be.
/// </summary>
internal static class ImportCommand
{
    /// <summary>What a folder is searched for; a file named on the command line is read whatever its extension.</summary>
    public static IReadOnlySet<string> DocumentExtensions { get; } = new HashSet<string>(StringComparer.OrdinalIgnoreCase) { ".txt", ".text", ".md", ".docx", ".pdf", ".xlsx" };

    public static Command Create()
    {
        var paths = new Argument<string[]>("paths") { Arity = ArgumentArity.OneOrMore, HelpName = "路径", Description = "自评报告或自评表（.txt/.docx/.pdf/.xlsx），或包含它们的文件夹；“-”表示标准输入" };
        var json = new Option<bool>("--json") { Description = "每份文档输出一行 JSON（字段见 domain.md §8）" };
        var command = new Command("import", "导入自评报告和自评表，提取数据并审核") { paths, json };
        command.SetAction(parse => Run(parse, parse.GetValue(paths)!, parse.GetValue(json)));
        return command;
    }

    private static int Run(ParseResult parse, string[] paths, bool json)
    {
        if (!SchemeLoading.TryLoad(parse, out var catalog))
            return 1;
        var verbose = parse.GetValue(GlobalOptions.Verbose);
        var pipeline = new ImportPipeline(catalog);
        var failed = 0;
        // Documents are independent: read them in parallel, print in input order, with a bounded number in flight.
        var inputs = new InputWalker(DocumentExtensions).Walk(paths);
        var results = OrderedParallel.Map(inputs, input => FileBoundary.Import(pipeline, input), Environment.ProcessorCount);
        foreach (var result in results)
        {
            if (result.Error is { } error)
            {
                failed++;
                FileBoundary.Report(error, result.Cause, verbose);
            }
            if (json)
                Console.Out.WriteLine(ImportJson.Write(result));
            else if (result.Error is null)
                WriteSummary(result);
        }
        return failed == 0 ? 0 : 1;
    }

    private static void WriteSummary(ImportResult result)
    {
        var e = result.Evaluation!;
        var f = e.Figures;
        var console = System.Console.Out;
        console.WriteLine($"{result.File}：{(e.Department.Length > 0 ? e.Department : "（未识别部门）")} {(e.Year > 0 ? e.Year + " 年度" : "")}（方案 {e.SchemeId}，原文单位 {result.Unit ?? "万元"}）");
        console.WriteLine($"  全年预算数 {Output.Number(f.Budget.Total)}，年初预算数 {Output.Number(f.Budget.Initial)}，执行数 {Output.Number(f.Spent.Total)}（万元）；自评得分 {Output.Number(e.Stated.Score)}，评级 {e.Stated.Grade?.ToChinese() ?? "—"}");
        foreach (var finding in result.Findings)
            console.WriteLine($"  [{finding.Severity.ToChinese()}] {(finding.Place is { } place ? place + "：" : "")}{finding.Message}");
        if (result.Findings.Count == 0)
            console.WriteLine("  未发现问题");
    }
}
