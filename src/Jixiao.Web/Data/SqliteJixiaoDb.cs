using Microsoft.EntityFrameworkCore;

namespace Jixiao.Web.Data;

/// <summary>The embedded default: a SQLite file under data/, in WAL mode.</summary>
public sealed class SqliteJixiaoDb(DbContextOptions<SqliteJixiaoDb> options) : JixiaoDb(options);
