using Microsoft.EntityFrameworkCore;

namespace Jixiao.Web.Data;

/// <summary>PostgreSQL, chosen by a connection string that names a host.</summary>
public sealed class PostgresJixiaoDb(DbContextOptions<PostgresJixiaoDb> options) : JixiaoDb(options);
