using Jixiao.Web.Tests.Infrastructure;

namespace Jixiao.Web.Tests.Security;

public sealed class EscapingOnPostgres(PostgresFactory factory) : EscapingTests(factory), IClassFixture<PostgresFactory>;
