using Jixiao.Tests.Shared.Web;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

namespace Jixiao.Web.BrowserTests;

/// <summary>
/// The web application as `jixiao serve --Jixiao:Demo=true` runs it, but on a fresh SQLite file and data folder of
/// its own, so every run starts from the demo and leaves nothing behind.
/// </summary>
internal sealed class JixiaoWebFactory(string dataFolder) : WebApplicationFactory<Program>
{
    public const string Password = DemoHost.Password;

    public string DatabaseFile => Path.Combine(dataFolder, "jixiao.db");

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        DemoHost.Configure(builder, $"Data Source={DatabaseFile}", dataFolder);
        // Errors from the server still reach the test output; "listening on …" does not.
        builder.UseSetting("Logging:LogLevel:Microsoft.Hosting.Lifetime", "Warning");
    }
}
