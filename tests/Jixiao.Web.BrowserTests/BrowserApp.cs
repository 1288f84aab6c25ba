using Jixiao.Tests.Shared.Web;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

[assembly: AssemblyFixture(typeof(Jixiao.Web.BrowserTests.BrowserApp))]
// One server and one Chromium on a two-core machine: tests take turns, so typing pauses and timings stay honest.
[assembly: CollectionBehavior(DisableTestParallelization = true)]

namespace Jixiao.Web.BrowserTests;

/// <summary>
/// The application on a real port (Kestrel, not the in-memory test server: a _browser needs a socket) and one
/// headless Chromium, shared by every test; each test opens its own _browser context, so sign-ins never mix.
/// </summary>
public sealed class BrowserApp : IAsyncLifetime
{
    private const float Timeout = 20_000;

    private readonly string _dataFolder = Path.Combine(Path.GetTempPath(), $"jixiao-browser-{Guid.NewGuid():N}");
    private JixiaoWebFactory? _factory;
    private IPlaywright? _playwright;
    private IBrowser? _browser;

    /// <summary>Where the application listens, e.g. http://127.0.0.1:41234.</summary>
    public Uri BaseAddress { get; private set; } = null!;

    public async ValueTask InitializeAsync()
    {
        DemoHost.IgnoreDatabaseVariable();
        Directory.CreateDirectory(_dataFolder);
        _factory = new JixiaoWebFactory(_dataFolder);
        _factory.UseKestrel(0);
        _factory.StartServer();
        var address = _factory.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        BaseAddress = new Uri(address.Replace("[::]", "127.0.0.1", StringComparison.Ordinal).Replace("0.0.0.0", "127.0.0.1", StringComparison.Ordinal));
        // ./test.sh runs every test project at once on two cores: give a slow recompute time before calling it a failure.
        Assertions.SetDefaultExpectTimeout(Timeout);
        _playwright = await Playwright.CreateAsync();
        _browser = await Chromium.LaunchAsync(_playwright);
    }

    /// <summary>A fresh _browser context (no cookies) at a desktop or the given size, with Chinese as its language.</summary>
    public async Task<IPage> NewPageAsync(int width = 1366, int height = 900)
    {
        var context = await _browser!.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = BaseAddress.ToString(),
            ViewportSize = new ViewportSize { Width = width, Height = height },
            Locale = "zh-CN",
            TimezoneId = "Asia/Shanghai",
        });
        context.SetDefaultTimeout(Timeout);
        return await context.NewPageAsync();
    }

    public async ValueTask DisposeAsync()
    {
        if (_browser is not null)
            await _browser.DisposeAsync();
        _playwright?.Dispose();
        if (_factory is not null)
            await _factory.DisposeAsync();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        try
        {
            Directory.Delete(_dataFolder, recursive: true);
        }
        catch (IOException)
        {
            // A file still held open only leaves a temp folder behind.
        }
    }
}
