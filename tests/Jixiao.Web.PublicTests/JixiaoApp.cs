using System.Collections.Concurrent;
using System.Data.Common;
using System.Net;
using System.Text.RegularExpressions;
using Jixiao.Documents.Evaluations;
using Jixiao.Web.Data;
using Jixiao.Web.Evaluations;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;

namespace Jixiao.Web.PublicTests;

/// <summary>
/// The real application with the demo loaded into a SQLite file of its own (one per test class), so nothing one
/// class writes is seen by another. The demo publishes sample 000 and leaves the other samples submitted or accepted.
/// </summary>
public class JixiaoApp : WebApplicationFactory<Program>
{
    public const string Password = "demo-pass-1";

    private readonly string _folder = Path.Combine(Path.GetTempPath(), $"jixiao-public-{Guid.NewGuid():N}");

    /// <summary>Every SQL command the application sends, for the tests that count queries.</summary>
    public ConcurrentQueue<string> Commands { get; } = new();

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        // DatabaseSetup prefers JIXIAO_DB over the connection string: it must not point this host elsewhere.
        Environment.SetEnvironmentVariable("JIXIAO_DB", null);
        Directory.CreateDirectory(_folder);
        builder.UseSetting("ConnectionStrings:Jixiao", $"Data Source={Path.Combine(_folder, "jixiao.db")}");
        builder.UseSetting("Jixiao:Demo", "true");
        builder.UseSetting("Jixiao:DemoPassword", Password);
        builder.UseSetting("Jixiao:DataFolder", _folder);
        builder.ConfigureServices(services =>
            services.ConfigureDbContext<SqliteJixiaoDb>(o => o.AddInterceptors(new CommandLog(Commands))));
    }

    /// <summary>A client that does not follow redirects, so a test sees where it is sent.</summary>
    public HttpClient Anonymous() => CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

    /// <summary>A client signed in as a demo user through the login form.</summary>
    public async Task<HttpClient> LoginAsync(string user)
    {
        var client = Anonymous();
        var form = await client.GetStringAsync("/Account/Login");
        var token = Regex.Match(form, "name=\"__RequestVerificationToken\"[^>]*value=\"([^\"]+)\"").Groups[1].Value;
        token.ShouldNotBeEmpty();
        using var content = new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["UserName"] = user,
            ["Password"] = Password,
            ["__RequestVerificationToken"] = token,
        });
        var response = await client.PostAsync("/Account/Login", content);
        response.StatusCode.ShouldBe(HttpStatusCode.Redirect, $"{user} 未能登录");
        return client;
    }

    /// <summary>Runs <paramref name="work"/> against the application's database.</summary>
    public async Task<T> WithDbAsync<T>(Func<JixiaoDb, IServiceProvider, Task<T>> work)
    {
        await using var scope = Services.CreateAsyncScope();
        return await work(scope.ServiceProvider.GetRequiredService<JixiaoDb>(), scope.ServiceProvider);
    }

    /// <summary>
    /// Files an evaluation for a department (created when new) with the given status: the content is a sample with
    /// its department and year replaced and any further edits applied to the YAML text.
    /// </summary>
    public Task<int> FileAsync(string sample, string department, int year, EvaluationStatus status, Func<string, string>? edit = null) =>
        WithDbAsync(async (db, services) =>
        {
            var analysis = services.GetRequiredService<EvaluationAnalysis>();
            var yaml = Samples.Rewrite(sample, department, year);
            if (edit is not null)
                yaml = edit(yaml);
            var evaluation = EvaluationFile.Parse(yaml, department, analysis.Schemes);
            var record = await db.Departments.FirstOrDefaultAsync(d => d.Name == department);
            if (record is null)
            {
                record = new Department { Name = department, Region = evaluation.Region };
                db.Departments.Add(record);
                await db.SaveChangesAsync();
            }
            var store = services.GetRequiredService<EvaluationStore>();
            var created = await store.CreateAsync(record, null, evaluation, "测试", "测试数据", status);
            if (status == EvaluationStatus.Published)
            {
                created.PublishedAt = DateTime.UtcNow;
                await db.SaveChangesAsync();
            }
            return created.Id;
        });

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (!disposing)
            return;
        SqliteConnection.ClearAllPools();
        try
        {
            Directory.Delete(_folder, recursive: true);
        }
        catch (IOException)
        {
            // A file still held open only leaves a folder in the temp directory.
        }
    }

    private sealed class CommandLog(ConcurrentQueue<string> commands) : DbCommandInterceptor
    {
        public override ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(DbCommand command, CommandEventData eventData,
            InterceptionResult<DbDataReader> result, CancellationToken cancellationToken = default)
        {
            commands.Enqueue(command.CommandText);
            return base.ReaderExecutingAsync(command, eventData, result, cancellationToken);
        }

        public override InterceptionResult<DbDataReader> ReaderExecuting(DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result)
        {
            commands.Enqueue(command.CommandText);
            return base.ReaderExecuting(command, eventData, result);
        }
    }
}
