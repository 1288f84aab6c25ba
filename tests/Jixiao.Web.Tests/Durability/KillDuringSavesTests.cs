using System.Globalization;
using System.Net;
using System.Text.Json.Nodes;
using Jixiao.Web.Data;
using Jixiao.Web.Evaluations;
using Jixiao.Web.Tests.Infrastructure;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace Jixiao.Web.Tests.Durability;

/// <summary>
/// Issue test 10: the real server, killed with SIGKILL in the middle of a stream of saves, leaves a SQLite
/// database that opens, with every save it acknowledged (302) in it.
/// </summary>
public sealed class KillDuringSavesTests
{
    private const string Budget = "Form.Figures[budget.total]";

    [Fact]
    public async Task Every_acknowledged_save_survives_a_kill_9_of_the_server()
    {
        var folder = Directory.CreateTempSubdirectory("jixiao-kill-").FullName;
        var connection = $"Data Source={Path.Combine(folder, "jixiao.db")}";
        try
        {
            var (draft, acknowledged, attempted, output) = await SaveUntilKilledAsync(folder, connection);

            acknowledged.Count.ShouldBeGreaterThanOrEqualTo(10, output);
            var wal = new FileInfo(Path.Combine(folder, "jixiao.db-wal"));
            TestContext.Current.TestOutputHelper?.WriteLine(
                $"{acknowledged.Count} saves acknowledged, the last {acknowledged[^1]}; killed while saving {attempted}; WAL left behind: {(wal.Exists ? wal.Length : 0)} bytes");
            await using (var raw = new SqliteConnection(connection))
            {
                await raw.OpenAsync(DemoSite.Cancel);
                await using var check = raw.CreateCommand();
                check.CommandText = "PRAGMA integrity_check";
                ((string?)await check.ExecuteScalarAsync(DemoSite.Cancel)).ShouldBe("ok");
            }
            await using var db = new SqliteJixiaoDb(new DbContextOptionsBuilder<SqliteJixiaoDb>().UseSqlite(connection).Options);
            var analysis = new EvaluationAnalysis(TestData.Schemes);
            var record = await db.Evaluations.AsNoTracking().SingleAsync(e => e.Id == draft, DemoSite.Cancel);
            var revisions = await db.Revisions.AsNoTracking().Where(r => r.EvaluationRecordId == draft).OrderBy(r => r.Number).ToListAsync(DemoSite.Cancel);

            // The last acknowledged value, or the one in flight when the server died (committed, not yet answered).
            var stored = analysis.Load(record).Figures.Budget.Total;
            stored.ShouldNotBeNull();
            TestContext.Current.TestOutputHelper?.WriteLine($"stored {stored}, {revisions.Count} revisions");
            stored.Value.ShouldBeInRange(acknowledged[^1], attempted);
            revisions.Count.ShouldBeGreaterThanOrEqualTo(acknowledged.Count + 1, "the round's first revision and one per acknowledged save");
            revisions.Select(r => r.Number).ShouldBe(Enumerable.Range(1, revisions.Count));
            record.RevisionNumber.ShouldBe(revisions.Count);
            var saved = revisions.Select(r => analysis.Load(r.Content, draft).Figures.Budget.Total).ToHashSet();
            foreach (var value in acknowledged)
                saved.ShouldContain(value);
        }
        finally
        {
            SqliteConnection.ClearAllPools();
            Directory.Delete(folder, recursive: true);
        }
    }

    /// <summary>
    /// Signs in as filer-001 and saves the round draft again and again, each time with a new 全年预算数 and the version
    /// the page shows; after ten acknowledged saves, kills the server while a save is being posted.
    /// </summary>
    private static async Task<(int Draft, List<decimal> Acknowledged, decimal Attempted, string Output)> SaveUntilKilledAsync(string folder, string connection)
    {
        using var app = await AppProcess.StartAsync(folder, connection);
        using var handler = new HttpClientHandler { AllowAutoRedirect = false, UseCookies = true };
        using var filer = new WebSession(new HttpClient(handler, disposeHandler: false) { BaseAddress = app.Address });
        (await filer.SignInAsync("filer-001", DemoSite.Password)).Status.ShouldBe(HttpStatusCode.Found, app.Output);
        var list = JsonNode.Parse((await filer.GetAsync("/api/evaluations")).Html)!.AsArray();
        var draft = list.Where(e => (string)e!["status"]! == "draft").Select(e => (int)e!["id"]!).Single();

        var acknowledged = new List<decimal>();
        var attempted = 0;
        var posting = 0;
        var stream = Task.Run(async () =>
        {
            for (var i = 1; ; i++)
            {
                var form = (await filer.EvaluationAsync(draft)).Form();
                var value = 1000m + i;
                Volatile.Write(ref attempted, i);
                Volatile.Write(ref posting, 1);
                var saved = await filer.PostEvaluationAsync(draft, "Save", form.Set(Budget, value.ToString(CultureInfo.InvariantCulture)));
                Volatile.Write(ref posting, 0);
                saved.Status.ShouldBe(HttpStatusCode.Found);
                lock (acknowledged)
                    acknowledged.Add(value);
            }
        }, DemoSite.Cancel);

        var deadline = DateTime.UtcNow.AddMinutes(2);
        while (Count(acknowledged) < 10 || Volatile.Read(ref posting) == 0)
        {
            if (stream.IsCompleted)
                await stream;
            DateTime.UtcNow.ShouldBeLessThan(deadline, "ten saves took longer than two minutes");
            await Task.Yield();
        }
        await Task.Delay(Random.Shared.Next(0, 4), DemoSite.Cancel);
        app.Kill();
        await Should.ThrowAsync<HttpRequestException>(stream);
        lock (acknowledged)
            return (draft, acknowledged.ToList(), 1000m + Volatile.Read(ref attempted), app.Output);
    }

    private static int Count(List<decimal> list)
    {
        lock (list)
            return list.Count;
    }
}
