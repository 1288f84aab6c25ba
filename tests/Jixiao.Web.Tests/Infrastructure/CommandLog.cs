using System.Collections.Concurrent;
using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Jixiao.Web.Tests.Infrastructure;

/// <summary>Keeps the text of every query the application sends, for tests that count them.</summary>
internal sealed class CommandLog(ConcurrentQueue<string> commands) : DbCommandInterceptor
{
    public override ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(DbCommand command, CommandEventData eventData,
        InterceptionResult<DbDataReader> result, CancellationToken cancellationToken = default)
    {
        commands.Enqueue(command.CommandText);
        return base.ReaderExecutingAsync(command, eventData, result, cancellationToken);
    }

    public override InterceptionResult<DbDataReader> ReaderExecuting(DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result)
    {
        commands.Enqueue(command.CommandText);
        return base.ReaderExecuting(command, eventData, result);
    }
}
