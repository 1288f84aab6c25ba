using System.CommandLine;
using System.CommandLine.Parsing;
using Jixiao.Documents.Yaml;

namespace Jixiao.Cli.CommandLine;

/// <summary>
/// What is wrong with a command line, in Chinese, with the nearest option or command when a name is misspelt.
/// System.CommandLine's own messages are half English ("'chek' was not matched. Did you mean one of the
/// following?") and it takes an unknown option such as --jsn for a file name when the command takes files.
/// </summary>
internal static class UsageErrors
{
    /// <summary>Every problem of the line; empty when the command can run.</summary>
    public static IReadOnlyList<string> Of(ParseResult result)
    {
        var problems = new List<string>();
        var command = result.CommandResult;
        foreach (var token in ArgumentsBeforeDoubleDash(result))
        {
            if (LooksLikeOption(token))
                problems.Add(UnknownOption(token, command));
        }
        foreach (var token in result.UnmatchedTokens)
        {
            if (!LooksLikeOption(token))
                problems.Add(UnknownWord(token, command.Command));
        }
        foreach (var error in result.Errors)
        {
            switch (error.SymbolResult)
            {
                case CommandResult when result.UnmatchedTokens.Count > 0:
                    break; // said above, token by token
                case CommandResult c when c.Command.Subcommands.Count > 0:
                    problems.Add($"请指定要运行的命令：{string.Join("、", c.Command.Subcommands.Select(s => s.Name))}");
                    break;
                case ArgumentResult a:
                    problems.Add($"缺少参数 <{a.Argument.HelpName ?? a.Argument.Name}>（{a.Argument.Description}）");
                    break;
                case OptionResult o when o.Tokens.Count == 0:
                    problems.Add($"选项“{o.Option.Name}”缺少值" + (o.Option.HelpName is { } name ? $"（应为{name}）" : ""));
                    break;
                case OptionResult o:
                    problems.Add($"选项“{o.Option.Name}”的值“{string.Join(' ', o.Tokens.Select(t => t.Value))}”无效");
                    break;
                default:
                    // System.CommandLine's own texts are half English: never shown.
                    problems.Add("命令行有误，请对照帮助检查命令、参数和选项");
                    break;
            }
        }
        return problems.Distinct().ToList();
    }

    /// <summary>An argument that starts with a dash is an option nobody defined ("-" alone is standard input; "--" ends the options).</summary>
    private static bool LooksLikeOption(string token) => token.Length > 1 && token[0] == '-' && !decimal.TryParse(token, out _);

    private static IEnumerable<string> ArgumentsBeforeDoubleDash(ParseResult result)
    {
        foreach (var token in result.Tokens)
        {
            if (token.Type == TokenType.DoubleDash)
                yield break;
            if (token.Type == TokenType.Argument)
                yield return token.Value;
        }
    }

    private static string UnknownOption(string token, CommandResult command)
    {
        var names = ChineseHelp.Options(command).SelectMany(o => o.Aliases.Append(o.Name)).Distinct().ToList();
        var closest = EditDistance.Closest(token, names, Math.Max(2, token.Length / 3));
        return closest is not null
            ? $"未知的选项“{token}”。是否应为“{closest}”？"
            : $"未知的选项“{token}”。可用选项：{string.Join("、", names.Where(n => n.StartsWith("--", StringComparison.Ordinal)))}；以“-”开头的文件名请写在“--”之后";
    }

    private static string UnknownWord(string token, Command command)
    {
        if (command.Subcommands.Count == 0)
            return $"多余的参数“{token}”";
        var closest = EditDistance.Closest(token, command.Subcommands.Select(c => c.Name), Math.Max(2, token.Length / 3));
        return closest is not null
            ? $"未知的命令“{token}”。是否应为“{closest}”？"
            : $"未知的命令“{token}”。可用命令：{string.Join("、", command.Subcommands.Select(c => c.Name))}";
    }
}
