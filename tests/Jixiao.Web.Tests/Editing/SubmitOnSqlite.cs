using Jixiao.Web.Tests.Infrastructure;

namespace Jixiao.Web.Tests.Editing;

public sealed class SubmitOnSqlite(SqliteFactory factory) : SubmitTests(factory), IClassFixture<SqliteFactory>;
