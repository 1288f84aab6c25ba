using Jixiao.Tests.Shared.Web;
using Jixiao.Web.Data;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Jixiao.Web.Tests.Infrastructure;

/// <summary>
/// The whole application in memory, as deployed (Production), with the demo loaded into a database of its own
/// and its data folder (data-protection keys) in a temporary directory. One per test class; the subclasses
/// choose the database. Starting it migrates and seeds, so a broken database fails every test of the class.
/// </summary>
public abstract class JixiaoFactory : WebApplicationFactory<Program>, IAsyncLifetime
{
    static JixiaoFactory()
    {
        // Child processes the tests start get JIXIAO_DB explicitly. InitializeAsync checks the database in use all the same.
        DemoHost.IgnoreDatabaseVariable();
    }

    /// <summary>Removed at the end: the SQLite file (if any) and the data folder.</summary>
    public string Folder { get; } = Directory.CreateTempSubdirectory("jixiao-webtests-").FullName;

    /// <summary>The database this host must use.</summary>
    public abstract string ConnectionString { get; }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Production");
        DemoHost.Configure(builder, ConnectionString, Path.Combine(Folder, "data"));
    }

    public async ValueTask InitializeAsync()
    {
        await CreateDatabaseAsync();
        await using var scope = Services.CreateAsyncScope();
        var used = scope.ServiceProvider.GetRequiredService<JixiaoDb>().Database.GetConnectionString();
        if (used != ConnectionString)
            throw new InvalidOperationException($"The test host uses the database “{used}” instead of its own “{ConnectionString}”.");
        await SeedAsync();
    }

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        await DropDatabaseAsync();
        try
        {
            Directory.Delete(Folder, recursive: true);
        }
        catch (IOException)
        {
            // A temporary folder left behind is harmless.
        }
        GC.SuppressFinalize(this);
    }

    /// <summary>Runs before the host starts.</summary>
    protected virtual Task CreateDatabaseAsync() => Task.CompletedTask;

    /// <summary>Runs once the host has started with the demo loaded: what a test class needs beyond the demo.</summary>
    protected virtual Task SeedAsync() => Task.CompletedTask;

    /// <summary>Runs after the host has stopped.</summary>
    protected virtual Task DropDatabaseAsync() => Task.CompletedTask;

    /// <summary>A query or change on the application's own database, in a scope of the running host.</summary>
    public async Task<T> WithDbAsync<T>(Func<JixiaoDb, IServiceProvider, Task<T>> action)
    {
        await using var scope = Services.CreateAsyncScope();
        return await action(scope.ServiceProvider.GetRequiredService<JixiaoDb>(), scope.ServiceProvider);
    }

    public Task<T> WithDbAsync<T>(Func<JixiaoDb, Task<T>> action) => WithDbAsync((db, _) => action(db));
}
