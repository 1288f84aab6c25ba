using System.Diagnostics;
using Microsoft.Playwright;

namespace Jixiao.Web.BrowserTests;

/// <summary>
/// Named steps of a long browser test: each step ends with a full-page screenshot, and a failing step still leaves
/// one (…-failed.png) and says which step failed, so the picture shows what the user would have seen.
/// </summary>
internal sealed class Steps(IPage page, string folder)
{
    private readonly Screenshots _screenshots = new(folder);

    public IPage Page { get; set; } = page;

    public async Task RunAsync(string name, Func<Task> body)
    {
        var watch = Stopwatch.StartNew();
        try
        {
            await body();
        }
        catch (Exception e)
        {
            var shot = await TryShotAsync(name + "-failed");
            throw new Xunit.Sdk.XunitException($"步骤“{name}”失败（页面 {Page.Url}，截图 {shot}）：{e.Message}", e);
        }
        await _screenshots.TakeAsync(Page, name);
        TestContext.Current.TestOutputHelper?.WriteLine($"{name}: {watch.Elapsed.TotalSeconds:0.0} s");
    }

    private async Task<string> TryShotAsync(string name)
    {
        try
        {
            return await _screenshots.TakeAsync(Page, name);
        }
        catch (PlaywrightException e)
        {
            return $"（未能截图：{e.Message}）";
        }
    }
}
