using Jixiao.Web.Tests.Infrastructure;

namespace Jixiao.Web.Tests.Security;

public sealed class LockoutOnSqlite(SqliteFactory factory) : LockoutTests(factory), IClassFixture<SqliteFactory>;
