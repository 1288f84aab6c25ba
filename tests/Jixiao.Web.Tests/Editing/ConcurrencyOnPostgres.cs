using Jixiao.Web.Tests.Infrastructure;

namespace Jixiao.Web.Tests.Editing;

public sealed class ConcurrencyOnPostgres(PostgresFactory factory) : ConcurrencyTests(factory), IClassFixture<PostgresFactory>;
