using System.CommandLine;
using System.CommandLine.Help;

namespace Jixiao.Cli.CommandLine;

/// <summary>
/// Parses and runs a command line with every text in Chinese: help (<see cref="ChineseHelpAction"/>), usage errors
/// (<see cref="UsageErrors"/>, exit 2) and a failure no command caught (exit 70), never an English stack trace.
/// </summary>
internal static class ChineseCommandLine
{
    public const int UsageError = 2;
    public const int InternalError = 70;

    public static int Run(RootCommand root, string[] args)
    {
        foreach (var help in root.Options.OfType<HelpOption>())
            help.Action = new ChineseHelpAction();
        var result = root.Parse(args);
        if (result.Action is ChineseHelpAction)
            return result.Invoke();
        var problems = UsageErrors.Of(result);
        if (problems.Count > 0)
        {
            foreach (var problem in problems)
                Output.Error(problem);
            Console.Error.WriteLine($"运行“{ChineseHelp.CommandPath(result.CommandResult)} --help”查看用法。");
            return UsageError;
        }
        try
        {
            return result.Invoke(new InvocationConfiguration { EnableDefaultExceptionHandler = false });
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            Output.Error($"内部错误（{e.GetType().Name}），运行已停止。请把命令和输入文件反馈给开发人员；加 --verbose 可看到详细信息");
            if (result.GetValue(GlobalOptions.Verbose))
                Console.Error.WriteLine("详细信息：" + e);
            return InternalError;
        }
    }
}
