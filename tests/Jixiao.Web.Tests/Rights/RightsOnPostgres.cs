using Jixiao.Web.Tests.Infrastructure;

namespace Jixiao.Web.Tests.Rights;

public sealed class RightsOnPostgres(PostgresFactory factory) : RightsTests(factory), IClassFixture<PostgresFactory>;
