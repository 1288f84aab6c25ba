using Jixiao.Web.Tests.Infrastructure;

namespace Jixiao.Web.Tests.Security;

public sealed class AntiforgeryOnPostgres(PostgresFactory factory) : AntiforgeryTests(factory), IClassFixture<PostgresFactory>;
