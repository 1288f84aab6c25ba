using Jixiao.Web.Data;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;

namespace Jixiao.Web.AdminTests;

/// <summary>
/// The application with the demo loaded into its own SQLite file and key folder under /tmp, one per test class:
/// users admin, reviewer, filer-000/001/002/004 (password <see cref="Password"/>), the five sample evaluations and
/// the open round of the year before this one.
/// </summary>
public sealed class AdminAppFactory : WebApplicationFactory<Program>
{
    public const string Password = "demo-pass-1";

    private readonly string _folder = Path.Combine(Path.GetTempPath(), "jixiao-admin-tests-" + Guid.NewGuid().ToString("N"));

    public AdminAppFactory()
    {
        Directory.CreateDirectory(_folder);
        // JIXIAO_DB would win over the connection string below and point every test at one shared database.
        Environment.SetEnvironmentVariable("JIXIAO_DB", null);
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseSetting("ConnectionStrings:Jixiao", $"Data Source={Path.Combine(_folder, "jixiao.db")}");
        builder.UseSetting("Jixiao:Demo", "true");
        builder.UseSetting("Jixiao:DemoPassword", Password);
        builder.UseSetting("Jixiao:DataFolder", _folder);
    }

    public Browser Browser() => new(CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true }));

    /// <summary>A browser logged in as <paramref name="user"/> with the demo password.</summary>
    public async Task<Browser> LoggedInAsync(string user)
    {
        var browser = Browser();
        (await browser.LogInAsync(user, Password)).ShouldBeTrue($"{user} 应能登录");
        return browser;
    }

    /// <summary>Runs <paramref name="query"/> against a fresh database context (what the pages wrote, not a cache).</summary>
    public async Task<T> QueryAsync<T>(Func<JixiaoDb, Task<T>> query)
    {
        await using var scope = Services.CreateAsyncScope();
        return await query(scope.ServiceProvider.GetRequiredService<JixiaoDb>());
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        SqliteConnection.ClearAllPools();
        try
        {
            Directory.Delete(_folder, recursive: true);
        }
        catch (IOException)
        {
            // A leftover folder under /tmp is harmless.
        }
    }
}
