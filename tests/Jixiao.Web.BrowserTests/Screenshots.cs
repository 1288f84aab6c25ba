using Jixiao.Tests.Shared;
using Microsoft.Playwright;

namespace Jixiao.Web.BrowserTests;

/// <summary>
/// Full-page screenshots under artifacts/screenshots/&lt;folder&gt;/NN-step.png in the repository, numbered in the
/// order taken, so a person can page through what the browser saw. The folder is emptied first: no stale pictures.
/// </summary>
internal sealed class Screenshots
{
    /// <summary>
    /// A full-page picture leaves sticky parts (the save bar, the results panel) where the viewport had them, on top
    /// of the fields below: they are laid out in the flow while it is taken (through CSSOM, which the CSP allows).
    /// </summary>
    private const string Unstick =
        "position => document.querySelectorAll('.savebar, .results').forEach(e => { e.style.position = position; e.style.maxHeight = position ? 'none' : ''; })";

    private int _number;

    public Screenshots(string folder)
    {
        Folder = Path.Combine(TestPaths.RepositoryRoot, "artifacts", "screenshots", folder);
        Directory.CreateDirectory(Folder);
        foreach (var old in Directory.EnumerateFiles(Folder, "*.png"))
            File.Delete(old);
    }

    public string Folder { get; }

    public async Task<string> TakeAsync(IPage page, string name)
    {
        var path = Path.Combine(Folder, $"{++_number:00}-{name}.png");
        await page.EvaluateAsync(Unstick, "static");
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = path, FullPage = true });
        await page.EvaluateAsync(Unstick, "");
        return path;
    }
}
