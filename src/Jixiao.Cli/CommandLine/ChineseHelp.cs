using System.CommandLine;
using System.CommandLine.Help;
using System.CommandLine.Parsing;
using Spectre.Console;

namespace Jixiao.Cli.CommandLine;

/// <summary>
/// A command's help in Chinese: what it does, how to call it, its arguments, its options with their defaults, and
/// its commands. Written here because System.CommandLine 2.0 keeps its help builder internal and its Chinese
/// resources half English ("Description:", "Show help and usage information", "[default: …]").
/// </summary>
internal static class ChineseHelp
{
    /// <summary>The help text, lines without trailing spaces (the columns are aligned for Chinese double-width characters).</summary>
    public static string Render(CommandResult result, int width)
    {
        using var text = new StringWriter();
        var console = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(text), Ansi = AnsiSupport.No, ColorSystem = ColorSystemSupport.NoColors });
        console.Profile.Width = width;
        Write(result, console);
        return string.Join('\n', text.ToString().Split('\n').Select(l => l.TrimEnd()));
    }

    private static void Write(CommandResult result, IAnsiConsole console)
    {
        var command = result.Command;
        var path = CommandPath(result);
        if (!string.IsNullOrEmpty(command.Description))
            console.WriteLine(command.Description);
        console.WriteLine();
        console.WriteLine("用法：");
        console.WriteLine("  " + Usage(command, path));

        if (command.Arguments.Count > 0)
        {
            Section(console, "参数：", command.Arguments.Select(a => (ArgumentLabel(a), a.Description ?? "")));
        }
        var options = Options(result).ToList();
        if (options.Count > 0)
            Section(console, "选项：", options.Select(o => (OptionLabel(o), OptionDescription(o))));
        if (command.Subcommands.Count > 0)
        {
            Section(console, "命令：", command.Subcommands.Select(c => (c.Name + string.Concat(c.Arguments.Select(a => " " + ArgumentLabel(a))), c.Description ?? "")));
            console.WriteLine();
            console.WriteLine($"运行“{path} <命令> --help”查看各命令的用法。");
        }
    }

    /// <summary>"jixiao check": the command and the commands above it.</summary>
    public static string CommandPath(CommandResult result)
    {
        var names = new List<string>();
        for (SymbolResult? r = result; r is not null; r = r.Parent)
        {
            if (r is CommandResult c)
                names.Add(c.Command is RootCommand ? "jixiao" : c.Command.Name);
        }
        names.Reverse();
        return string.Join(' ', names);
    }

    /// <summary>The command's own options and the recursive ones of the commands above it (--help, --verbose …).</summary>
    public static IEnumerable<Option> Options(CommandResult result)
    {
        var own = result.Command.Options.Where(o => !o.Hidden);
        var inherited = new List<Option>();
        for (var r = result.Parent as CommandResult; r is not null; r = r.Parent as CommandResult)
            inherited.AddRange(r.Command.Options.Where(o => o.Recursive && !o.Hidden));
        return own.Concat(inherited).DistinctBy(o => o.Name);
    }

    private static string Usage(Command command, string path)
    {
        var usage = path;
        if (command.Subcommands.Count > 0)
            usage += " <命令>";
        foreach (var argument in command.Arguments)
            usage += " " + ArgumentLabel(argument);
        return usage + " [选项]";
    }

    private static string ArgumentLabel(Argument argument) =>
        $"<{argument.HelpName ?? argument.Name}>" + (argument.Arity.MaximumNumberOfValues > 1 ? "..." : "");

    private static string OptionLabel(Option option)
    {
        // Windows-style /? and /h are not for this program's users.
        var names = string.Join(", ", option.Aliases.Append(option.Name).Where(n => n[0] == '-').Distinct().OrderBy(n => n.Length).ThenBy(n => n, StringComparer.Ordinal));
        var takesValue = option.ValueType != typeof(bool) && option is not HelpOption && option is not VersionOption;
        return takesValue ? $"{names} <{option.HelpName ?? "值"}>" : names;
    }

    private static string OptionDescription(Option option)
    {
        var description = option switch
        {
            HelpOption => "显示帮助（用法、参数和选项）",
            VersionOption => "显示版本信息",
            _ => option.Description ?? "",
        };
        if (option.HasDefaultValue && option.ValueType != typeof(bool) && option.GetDefaultValue() is { } value && value.ToString() is { Length: > 0 } text)
            description += $"（默认：{text}）";
        return description;
    }

    private static void Section(IAnsiConsole console, string title, IEnumerable<(string Label, string Description)> rows)
    {
        console.WriteLine();
        console.WriteLine(title);
        var grid = new Grid().AddColumn(new GridColumn().PadLeft(2).NoWrap()).AddColumn(new GridColumn().PadLeft(2));
        foreach (var (label, description) in rows)
            grid.AddRow(Markup.Escape(label), Markup.Escape(description));
        console.Write(grid);
    }
}
