using Jixiao.Core.Schemes;
using Jixiao.Documents.Schemes;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Jixiao.Web.Pages.Admin.Schemes;

/// <summary>One scheme: its indicator tree with weights and rules, grade bands, caps and report outline.</summary>
public sealed class DetailsModel(SchemeCatalog catalog) : PageModel
{
    public Scheme Scheme { get; private set; } = null!;

    public IActionResult OnGet(string id)
    {
        if (catalog.Find(id) is not { } scheme)
            return NotFound();
        Scheme = scheme;
        return Page();
    }

    /// <summary>The tree as rows, each with its depth, in the order the file lists them.</summary>
    public IEnumerable<(SchemeNode Node, int Depth)> Rows()
    {
        var stack = new Stack<(SchemeNode, int)>(Scheme.Indicators.Reverse().Select(n => (n, 0)));
        while (stack.Count > 0)
        {
            var (node, depth) = stack.Pop();
            yield return (node, depth);
            foreach (var child in node.Children.Reverse())
                stack.Push((child, depth + 1));
        }
    }
}
