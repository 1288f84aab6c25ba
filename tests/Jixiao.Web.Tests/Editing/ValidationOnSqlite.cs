using Jixiao.Web.Tests.Infrastructure;

namespace Jixiao.Web.Tests.Editing;

public sealed class ValidationOnSqlite(SqliteFactory factory) : ValidationTests(factory), IClassFixture<SqliteFactory>;
