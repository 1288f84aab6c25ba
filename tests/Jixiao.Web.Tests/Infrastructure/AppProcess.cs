using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text;

namespace Jixiao.Web.Tests.Infrastructure;

/// <summary>
/// The built application as a real server process (`dotnet Jixiao.Web.dll`), with the demo, on a free port of
/// 127.0.0.1 and the database JIXIAO_DB names; its output is kept for failure messages.
/// </summary>
internal sealed class AppProcess : IDisposable
{
    private readonly Process _process;
    private readonly StringBuilder _output = new();

    private AppProcess(Process process, Uri address)
    {
        _process = process;
        Address = address;
    }

    public Uri Address { get; }

    public string Output
    {
        get
        {
            lock (_output)
                return _output.ToString();
        }
    }

    /// <summary>Starts the server in <paramref name="folder"/> (its working directory) and waits until it answers.</summary>
    public static async Task<AppProcess> StartAsync(string folder, string connectionString)
    {
        var dll = BuiltPrograms.Web;
        var address = new Uri($"http://127.0.0.1:{FreePort()}");
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = folder,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            StandardOutputEncoding = Encoding.UTF8,
            StandardErrorEncoding = Encoding.UTF8,
        };
        foreach (var a in new[] { dll, "--contentRoot", Path.GetDirectoryName(dll)!, "--urls", address.ToString().TrimEnd('/'), "--Jixiao:Demo=true" })
            start.ArgumentList.Add(a);
        start.Environment["JIXIAO_DB"] = connectionString;
        start.Environment["JIXIAO_DEMO_PASSWORD"] = DemoSite.Password;
        var process = Process.Start(start) ?? throw new InvalidOperationException("dotnet did not start");
        var app = new AppProcess(process, address);
        process.OutputDataReceived += (_, e) => app.Append(e.Data);
        process.ErrorDataReceived += (_, e) => app.Append(e.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        try
        {
            await app.WaitUntilAnsweringAsync();
        }
        catch
        {
            app.Dispose();
            throw;
        }
        return app;
    }

    /// <summary>SIGKILL: no shutdown, no flushing, no chance to finish the request in flight.</summary>
    public void Kill()
    {
        _process.Kill();
        _process.WaitForExit();
    }

    public void Dispose()
    {
        if (!_process.HasExited)
            Kill();
        _process.Dispose();
    }

    private async Task WaitUntilAnsweringAsync()
    {
        using var http = new HttpClient { BaseAddress = Address, Timeout = TimeSpan.FromSeconds(5) };
        var deadline = DateTime.UtcNow.AddMinutes(2);
        while (DateTime.UtcNow < deadline)
        {
            if (_process.HasExited)
                throw new InvalidOperationException($"The application exited with {_process.ExitCode} before answering:\n{Output}");
            try
            {
                using var response = await http.GetAsync(new Uri("/Account/Login", UriKind.Relative), DemoSite.Cancel);
                if (response.StatusCode == HttpStatusCode.OK)
                    return;
            }
            catch (HttpRequestException)
            {
                // Not listening yet.
            }
            await Task.Delay(200, DemoSite.Cancel);
        }
        throw new TimeoutException($"The application did not answer within two minutes:\n{Output}");
    }

    private void Append(string? line)
    {
        if (line is null)
            return;
        lock (_output)
            _output.AppendLine(line);
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
