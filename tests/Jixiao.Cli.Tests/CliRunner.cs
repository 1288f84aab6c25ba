using System.Diagnostics;

namespace Jixiao.Cli.Tests;

/// <summary>Runs the real jixiao program (the built jixiao.dll beside the tests) as a separate process.</summary>
internal static class CliRunner
{
    public static string Dll => Path.Combine(AppContext.BaseDirectory, "jixiao.dll");

    public static (int ExitCode, string Out, string Err) Run(params string[] args) => RunWith(args);

    /// <param name="stdin">Bytes piped to standard input (closed afterwards); null for none.</param>
    /// <param name="timeout">How long the run may take before it is killed and the test fails.</param>
    /// <param name="asUser">Run as this user id (with setpriv), for permissions root would ignore.</param>
    /// <param name="environment">Variables set for the run.</param>
    public static (int ExitCode, string Out, string Err) RunWith(
        string[] args, byte[]? stdin = null, TimeSpan? timeout = null, int? asUser = null, IReadOnlyDictionary<string, string>? environment = null)
    {
        var start = Start(args, asUser);
        start.RedirectStandardInput = stdin is not null;
        foreach (var (name, value) in environment ?? new Dictionary<string, string>())
            start.Environment[name] = value;
        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        if (stdin is not null)
        {
            process.StandardInput.BaseStream.Write(stdin);
            process.StandardInput.Close();
        }
        var limit = timeout ?? TimeSpan.FromSeconds(60);
        if (!process.WaitForExit(limit))
        {
            process.Kill(true);
            throw new TimeoutException($"jixiao did not finish in {limit.TotalSeconds} s: " + string.Join(' ', args));
        }
        return (process.ExitCode, stdout.Result, stderr.Result);
    }

    /// <summary>The program as a started process, for tests that interrupt it; output is redirected and must be read.</summary>
    public static ProcessStartInfo Start(string[] args, int? asUser = null)
    {
        // env --default-signal: a child of a shell's background job would otherwise inherit SIGINT ignored.
        var start = new ProcessStartInfo(asUser is null ? "env" : "setpriv")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            StandardOutputEncoding = System.Text.Encoding.UTF8,
            StandardErrorEncoding = System.Text.Encoding.UTF8,
            WorkingDirectory = AppContext.BaseDirectory,
        };
        if (asUser is { } user)
        {
            foreach (var a in (string[])[$"--reuid={user}", $"--regid={user}", "--clear-groups", "env"])
                start.ArgumentList.Add(a);
        }
        start.ArgumentList.Add("--default-signal=INT");
        if (asUser is not null)
        {
            start.ArgumentList.Add("HOME=/tmp");
            start.ArgumentList.Add("DOTNET_CLI_HOME=/tmp");
        }
        start.ArgumentList.Add("dotnet");
        start.ArgumentList.Add(Dll);
        foreach (var a in args)
            start.ArgumentList.Add(a);
        return start;
    }

    /// <summary>The user id to run as so that permissions apply (root ignores them), or a skip when that user cannot run jixiao here.</summary>
    public static int? UserBoundByPermissions()
    {
        if (OperatingSystem.IsWindows())
            Assert.Skip("permission bits are Unix's");
        if (Environment.UserName != "root")
            return null;
        if (!NobodyCanRun.Value)
            Assert.Skip("the built program is not readable by user nobody here (a checkout under a private folder)");
        return Nobody;
    }

    private const int Nobody = 65534;

    private static readonly Lazy<bool> NobodyCanRun = new(() =>
    {
        try
        {
            return RunWith(["--version"], asUser: Nobody, timeout: TimeSpan.FromSeconds(30)).ExitCode == 0;
        }
        catch (Exception e) when (e is System.ComponentModel.Win32Exception or TimeoutException)
        {
            return false;
        }
    });

    public static string Sample(string seed) =>
        Directory.GetFiles(Path.Combine(AppContext.BaseDirectory, "samples"), seed + "_*.yaml").Single();
}
