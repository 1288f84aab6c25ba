using Jixiao.Web.Tests.Infrastructure;

namespace Jixiao.Web.Tests.Editing;

public sealed class ValidationOnPostgres(PostgresFactory factory) : ValidationTests(factory), IClassFixture<PostgresFactory>;
