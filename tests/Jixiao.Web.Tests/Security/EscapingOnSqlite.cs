using Jixiao.Web.Tests.Infrastructure;

namespace Jixiao.Web.Tests.Security;

public sealed class EscapingOnSqlite(SqliteFactory factory) : EscapingTests(factory), IClassFixture<SqliteFactory>;
