using Jixiao.Web.Tests.Infrastructure;

namespace Jixiao.Web.Tests.Editing;

public sealed class SubmitOnPostgres(PostgresFactory factory) : SubmitTests(factory), IClassFixture<PostgresFactory>;
