using Jixiao.Web.Access;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Jixiao.Web.Pages;

/// <summary>The home page is each role's work list.</summary>
public sealed class IndexModel(EvaluationAccess access) : PageModel
{
    public IActionResult OnGet() =>
        access.IsAdmin ? Redirect("/Admin")
        : access.IsReviewer ? Redirect("/Review")
        : Redirect("/Evaluations");
}
