using Jixiao.Documents.Schemes;
using Jixiao.Web.Access;
using Jixiao.Web.Data;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Jixiao.Web.Pages.Admin.Rounds;

/// <summary>Every 年度自评任务 with its scheme, deadline and how far its evaluations have come.</summary>
public sealed class IndexModel(JixiaoDb db, EvaluationAccess access, SchemeCatalog schemes, TimeProvider clock) : PageModel
{
    public IReadOnlyList<RoundRow> Rows { get; private set; } = [];

    public DateOnly Today { get; private set; }

    public async Task OnGetAsync(CancellationToken cancel)
    {
        Today = DateOnly.FromDateTime(clock.GetLocalNow().DateTime);
        Rows = await RoundRow.LoadAsync(db, access.Visible(), schemes, cancel);
    }
}
