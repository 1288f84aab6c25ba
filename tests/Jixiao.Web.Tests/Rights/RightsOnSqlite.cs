using Jixiao.Web.Tests.Infrastructure;

namespace Jixiao.Web.Tests.Rights;

public sealed class RightsOnSqlite(SqliteFactory factory) : RightsTests(factory), IClassFixture<SqliteFactory>;
