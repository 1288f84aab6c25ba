using System.CommandLine;
using System.CommandLine.Invocation;

namespace Jixiao.Cli.CommandLine;

/// <summary>--help: System.CommandLine's help, whose texts are English, replaced by <see cref="ChineseHelp"/>.</summary>
internal sealed class ChineseHelpAction : SynchronousCommandLineAction
{
    /// <summary>Help is shown even when the rest of the line has errors (jixiao chek --help).</summary>
    public override bool ClearsParseErrors => true;

    public override int Invoke(ParseResult parseResult)
    {
        Console.Out.Write(ChineseHelp.Render(parseResult.CommandResult, Output.Console.Profile.Width));
        return 0;
    }
}
