using Jixiao.Web.Tests.Infrastructure;

namespace Jixiao.Web.Tests.Security;

public sealed class LockoutOnPostgres(PostgresFactory factory) : LockoutTests(factory), IClassFixture<PostgresFactory>;
