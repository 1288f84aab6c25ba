using Microsoft.AspNetCore.Hosting;

namespace Jixiao.Tests.Shared.Web;

/// <summary>
/// How every test host runs the web application: with the demo loaded under a known password, on a database and data
/// folder of the test's own. Linked into the projects that host it (Jixiao.Web.Tests and Jixiao.Web.BrowserTests).
/// </summary>
internal static class DemoHost
{
    /// <summary>The password of every demo user.</summary>
    public const string Password = "demo-pass-1";

    /// <summary>
    /// DatabaseSetup lets JIXIAO_DB override any configured connection string (so `JIXIAO_DB=… ./jixiao serve`
    /// works): a developer's shell that sets it must not send the tests into that database. Call before the host starts.
    /// </summary>
    public static void IgnoreDatabaseVariable() => Environment.SetEnvironmentVariable("JIXIAO_DB", null);

    public static void Configure(IWebHostBuilder builder, string connectionString, string dataFolder)
    {
        builder.UseSetting("ConnectionStrings:Jixiao", connectionString);
        builder.UseSetting("Jixiao:Demo", "true");
        builder.UseSetting("Jixiao:DemoPassword", Password);
        builder.UseSetting("Jixiao:DataFolder", dataFolder);
    }
}
