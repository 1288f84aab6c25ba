using System.Diagnostics;
using System.Text;

namespace Jixiao.Web.Tests.Infrastructure;

/// <summary>Runs the built jixiao program as its own process and returns what it printed.</summary>
internal static class JixiaoCli
{
    public static async Task<string> RunAsync(params string[] args)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            StandardOutputEncoding = Encoding.UTF8,
            StandardErrorEncoding = Encoding.UTF8,
            WorkingDirectory = AppContext.BaseDirectory,
        };
        start.ArgumentList.Add(BuiltPrograms.Cli);
        foreach (var a in args)
            start.ArgumentList.Add(a);
        using var process = Process.Start(start) ?? throw new InvalidOperationException("dotnet did not start");
        var output = process.StandardOutput.ReadToEndAsync(DemoSite.Cancel);
        var errors = process.StandardError.ReadToEndAsync(DemoSite.Cancel);
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(DemoSite.Cancel);
        timeout.CancelAfter(TimeSpan.FromMinutes(1));
        try
        {
            await process.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"jixiao {string.Join(' ', args)} did not finish in a minute");
        }
        (await errors).ShouldBeEmpty($"jixiao {string.Join(' ', args)} wrote to stderr");
        return await output;
    }
}
