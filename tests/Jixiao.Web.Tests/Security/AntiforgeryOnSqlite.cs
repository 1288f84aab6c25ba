using Jixiao.Web.Tests.Infrastructure;

namespace Jixiao.Web.Tests.Security;

public sealed class AntiforgeryOnSqlite(SqliteFactory factory) : AntiforgeryTests(factory), IClassFixture<SqliteFactory>;
