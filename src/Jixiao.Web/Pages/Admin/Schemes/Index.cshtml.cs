using Jixiao.Core.Schemes;
using Jixiao.Documents.Schemes;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Jixiao.Web.Pages.Admin.Schemes;

/// <summary>The scheme catalog, read-only: schemes are files in schemes/, changed by engineers through review.</summary>
public sealed class IndexModel(SchemeCatalog catalog) : PageModel
{
    public IReadOnlyList<Scheme> Schemes { get; } =
        catalog.All.OrderBy(s => s.Year is null ? 0 : 1).ThenBy(s => s.Region, StringComparer.Ordinal).ThenBy(s => s.Year).ToList();

    /// <summary>Scored leaves of the indicator tree (groups only add up their children).</summary>
    public static int IndicatorCount(Scheme s) => s.AllNodes().Count(n => !n.IsGroup);

    public void OnGet()
    {
    }
}
