using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace Jixiao.Web.Data;

/// <summary>For `dotnet ef migrations add … --context SqliteJixiaoDb`: the model, without starting the application.</summary>
internal sealed class SqliteDesignFactory : IDesignTimeDbContextFactory<SqliteJixiaoDb>
{
    public SqliteJixiaoDb CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<SqliteJixiaoDb>().UseSqlite("Data Source=design.db").Options);
}

/// <summary>For `dotnet ef migrations add … --context PostgresJixiaoDb`; no server is contacted.</summary>
internal sealed class PostgresDesignFactory : IDesignTimeDbContextFactory<PostgresJixiaoDb>
{
    public PostgresJixiaoDb CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<PostgresJixiaoDb>().UseNpgsql("Host=localhost;Database=design").Options);
}
