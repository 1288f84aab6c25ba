using Microsoft.Data.Sqlite;

namespace Jixiao.Web.Tests.Infrastructure;

/// <summary>
/// The application on a fresh SQLite file of its own (the default, embedded database); a test class that needs more
/// than the demo subclasses it and overrides SeedAsync.
/// </summary>
public class SqliteFactory : JixiaoFactory
{
    public override string ConnectionString => $"Data Source={Path.Combine(Folder, "jixiao.db")}";

    protected override Task DropDatabaseAsync()
    {
        // Pooled connections keep the file open.
        SqliteConnection.ClearAllPools();
        return Task.CompletedTask;
    }
}
