namespace Jixiao.Cli.Inputs;

/// <summary>One input of a run: a file (or "-") to read, or a problem met while looking for files (an unreadable folder).</summary>
internal sealed record Input(string Path, string? Problem = null);
