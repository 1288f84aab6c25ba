using Jixiao.Web.Tests.Infrastructure;

namespace Jixiao.Web.Tests.Editing;

public sealed class ConcurrencyOnSqlite(SqliteFactory factory) : ConcurrencyTests(factory), IClassFixture<SqliteFactory>;
