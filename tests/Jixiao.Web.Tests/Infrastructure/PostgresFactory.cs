using Npgsql;

namespace Jixiao.Web.Tests.Infrastructure;

/// <summary>
/// The application on PostgreSQL: a database with a unique name, created on the server JIXIAO_TEST_POSTGRES names
/// (./test.sh starts a throwaway one) and dropped afterwards. Without that server the tests fail: they do not skip.
/// </summary>
public sealed class PostgresFactory : JixiaoFactory
{
    public const string Variable = "JIXIAO_TEST_POSTGRES";

    private readonly string _name = $"jixiao_web_{Guid.NewGuid():N}";

    public override string ConnectionString => new NpgsqlConnectionStringBuilder(PostgresServer) { Database = _name }.ConnectionString;

    private static string PostgresServer => Environment.GetEnvironmentVariable(Variable) is { Length: > 0 } s ? s
        : throw new InvalidOperationException(
            $"{Variable} is empty: the PostgreSQL tests need a server. Run ./test.sh (it starts a throwaway PostgreSQL and sets " +
            $"{Variable}), or: export {Variable}=$(bash tests/throwaway-postgres.sh start /tmp/pg-webtests) — and stop it after with " +
            "bash tests/throwaway-postgres.sh stop /tmp/pg-webtests.");

    protected override async Task CreateDatabaseAsync()
    {
        await using var connection = new NpgsqlConnection(PostgresServer);
        await connection.OpenAsync();
        await using var create = new NpgsqlCommand($"CREATE DATABASE \"{_name}\"", connection);
        await create.ExecuteNonQueryAsync();
    }

    protected override async Task DropDatabaseAsync()
    {
        if (Environment.GetEnvironmentVariable(Variable) is not { Length: > 0 })
            return;
        NpgsqlConnection.ClearAllPools();
        await using var connection = new NpgsqlConnection(PostgresServer);
        await connection.OpenAsync();
        await using var drop = new NpgsqlCommand($"DROP DATABASE IF EXISTS \"{_name}\" WITH (FORCE)", connection);
        await drop.ExecuteNonQueryAsync();
    }
}
