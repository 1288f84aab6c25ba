using System.CommandLine;
using Jixiao.Cli.CommandLine;
using Jixiao.Cli.Inputs;
using Jixiao.Core.Audit;
using Jixiao.Documents.Evaluations;
using Jixiao.Documents.Import.Readers;
using Jixiao.Documents.Json;

namespace Jixiao.Cli.Commands;

/// <summary>
/// jixiao check FILE...: per evaluation file, the rates, each indicator's score, the total, the grade and the
/// findings; --json gives one object per line (an "error" line for a file that could not be checked); --explain
/// adds each score's provenance. "-" reads standard input. Exit 0 when every file was read, 1 when some could not be.
/// </summary>
internal static class CheckCommand
{
    public static Command Create()
    {
        var files = new Argument<string[]>("files") { Arity = ArgumentArity.OneOrMore, HelpName = "文件", Description = "评价文件（YAML，见 docs/formats.md）；“-”表示标准输入" };
        var json = new Option<bool>("--json") { Description = "每个文件输出一行 JSON" };
        var explain = new Option<bool>("--explain") { Description = "列出每项得分的计算依据" };
        var scheme = new Option<string?>("--scheme") { Description = "改用指定评分方案复核（如 national-2020）", HelpName = "方案" };
        var command = new Command("check", "计算比率、评分并审核评价文件") { files, json, explain, scheme };
        command.SetAction(parse => Run(parse, parse.GetValue(files)!, parse.GetValue(json), parse.GetValue(explain), parse.GetValue(scheme)));
        return command;
    }

    private static int Run(ParseResult parse, string[] files, bool json, bool explain, string? schemeOverride)
    {
        if (!SchemeLoading.TryLoad(parse, out var catalog))
            return 1;
        if (schemeOverride is not null && catalog.Find(schemeOverride) is null)
        {
            Output.Error($"未知的评分方案“{schemeOverride}”。可用方案：{string.Join("、", catalog.All.Select(s => s.Id).Order(StringComparer.Ordinal))}");
            return 1;
        }
        var verbose = parse.GetValue(GlobalOptions.Verbose);
        var failed = 0;
        foreach (var file in files)
        {
            try
            {
                var evaluation = file == DocumentReader.StandardInput
                    ? EvaluationFile.Load(Console.OpenStandardInput(), "标准输入", catalog)
                    : EvaluationFile.Load(file, catalog);
                var scheme = catalog.Get(schemeOverride ?? evaluation.SchemeId, file);
                var result = Auditor.Run(evaluation, scheme);
                if (json)
                    Console.Out.WriteLine(CheckJson.Write(file, result));
                else
                    CheckReport.Write(Output.Console, file, result, explain);
            }
            catch (Exception e)
            {
                failed++;
                var message = FileBoundary.Message(file, e);
                if (json)
                    Console.Out.WriteLine(CheckJson.WriteError(file, message));
                FileBoundary.Report(message, e, verbose);
            }
        }
        return failed == 0 ? 0 : 1;
    }
}
