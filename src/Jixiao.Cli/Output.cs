using System.Globalization;
using Spectre.Console;

namespace Jixiao.Cli;

/// <summary>Where the CLI writes: tables to stdout, errors in Chinese to stderr.</summary>
internal static class Output
{
    public static IAnsiConsole Console { get; } = Create(System.Console.Out, System.Console.IsOutputRedirected);

    /// <summary>A redirected stream has no width; 120 columns keeps Chinese tables readable in files and pipes.</summary>
    private static IAnsiConsole Create(TextWriter writer, bool redirected)
    {
        var console = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(writer) });
        if (redirected)
            console.Profile.Width = 120;
        return console;
    }

    /// <summary>Plain text, never wrapped: a message names a file and a line that must stay greppable.</summary>
    public static void Error(string message) => System.Console.Error.WriteLine($"错误：{message}");

    public static string Number(decimal value) => value.ToString("0.##", CultureInfo.InvariantCulture);

    public static string Number(decimal? value) => value is { } v ? Number(v) : "—";
}
