using Jixiao.Web.Data;
using Jixiao.Web.Demo;
using Microsoft.Extensions.Options;

namespace Jixiao.Web.Hosting;

/// <summary>
/// Before the server takes requests: create the database, apply migrations, and load the demo (or the first
/// administrator) into an empty one, printing the accounts once. A hosted service, so test hosts run it too.
/// </summary>
internal sealed class DatabasePreparation(IServiceProvider services, IOptions<JixiaoOptions> options) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<JixiaoDb>();
        await DatabaseSetup.MigrateAsync(db);
        var demo = scope.ServiceProvider.GetRequiredService<DemoData>();
        var printed = options.Value.Demo ? await demo.LoadAsync(options.Value.DemoPassword) : await demo.EnsureAdminAsync(options.Value.DemoPassword);
        foreach (var line in printed)
            Console.WriteLine(line);
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
