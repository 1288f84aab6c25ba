using Microsoft.Playwright;

namespace Jixiao.Web.BrowserTests;

/// <summary>
/// Debian's Chromium, launched headless by Playwright: Playwright's own browser download cannot be reached here, and
/// the tests run as root without a display (hence no sandbox, no GPU, nothing fetched in the background).
/// </summary>
internal static class Chromium
{
    public const string InstallHint = "Chromium is not installed: ./test.sh installs it (apt-get install chromium), or set JIXIAO_CHROMIUM";

    public static string Executable =>
        Environment.GetEnvironmentVariable("JIXIAO_CHROMIUM") is { Length: > 0 } configured ? configured : "/usr/bin/chromium";

    public static async Task<IBrowser> LaunchAsync(IPlaywright playwright)
    {
        if (!File.Exists(Executable))
            throw new InvalidOperationException($"{Executable} not found. {InstallHint}");
        return await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = Executable,
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
        });
    }
}
