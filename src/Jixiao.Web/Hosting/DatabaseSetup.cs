using Jixiao.Web.Data;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace Jixiao.Web.Hosting;

/// <summary>
/// Chooses the database: PostgreSQL when the connection string (JIXIAO_DB, else ConnectionStrings:Jixiao) names a
/// Host, else SQLite — by default data/jixiao.db, in WAL mode so readers never wait for a writer.
/// </summary>
internal static class DatabaseSetup
{
    public const string DefaultSqlite = "Data Source=data/jixiao.db";

    public static string ConnectionString(IConfiguration configuration) =>
        Environment.GetEnvironmentVariable("JIXIAO_DB") is { Length: > 0 } env ? env
        : configuration.GetConnectionString("Jixiao") is { Length: > 0 } configured ? configured
        : DefaultSqlite;

    public static bool IsPostgres(string connectionString) =>
        connectionString.Contains("Host=", StringComparison.OrdinalIgnoreCase) || connectionString.Contains("Server=", StringComparison.OrdinalIgnoreCase);

    /// <summary>Contexts come from a pool: every request needs one, and setting one up cost more than its query.</summary>
    public static void AddJixiaoDatabase(this IServiceCollection services, string connectionString)
    {
        if (IsPostgres(connectionString))
        {
            services.AddDbContextPool<JixiaoDb, PostgresJixiaoDb>(o => o.UseNpgsql(connectionString));
        }
        else
        {
            services.AddDbContextPool<JixiaoDb, SqliteJixiaoDb>(o => o.UseSqlite(connectionString));
        }
    }

    /// <summary>Creates the SQLite folder, applies the provider's migrations and turns on WAL.</summary>
    public static async Task MigrateAsync(JixiaoDb db)
    {
        if (db is SqliteJixiaoDb)
        {
            var file = new SqliteConnectionStringBuilder(db.Database.GetConnectionString()).DataSource;
            if (Path.GetDirectoryName(Path.GetFullPath(file)) is { Length: > 0 } folder)
                Directory.CreateDirectory(folder);
        }
        await db.Database.MigrateAsync();
        if (db is SqliteJixiaoDb)
            await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;");
    }
}
