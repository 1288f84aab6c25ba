using System.Net;
using System.Text.RegularExpressions;
using Jixiao.Web.Data;
using Jixiao.Web.Tests.Infrastructure;

namespace Jixiao.Web.Tests.Editing;

/// <summary>
/// Issue test 8: submitting is blocked while the engine finds errors, with a list of what to fix that links to
/// each field; once fixed it is submitted, the filer can no longer change it, and earlier revisions stay as they
/// were. Run on both databases.
/// </summary>
public abstract partial class SubmitTests(JixiaoFactory factory)
{
    [Fact]
    public async Task Submit_is_blocked_while_parts_do_not_add_up_then_submits_and_locks_the_evaluation()
    {
        var draft = await factory.NewDraftAsync(DemoSite.LiwanAffairs);
        using var filer = await WebSession.SignedInAsync(factory, "filer-001");
        var form = (await filer.EvaluationAsync(draft)).Form()
            .Set("Form.Figures[budget.total]", "3000")
            .Set("Form.Figures[spent.total]", "2900")
            .Set("Form.Figures[spent.basic]", "2000")
            .Set("Form.Figures[spent.project]", "800");
        var before = await factory.StateAsync(draft);

        var blocked = await filer.PostEvaluationAsync(draft, "Submit", form);

        blocked.Status.ShouldBe(HttpStatusCode.UnprocessableEntity);
        var summary = ErrorSummary().Match(blocked.Html);
        summary.Success.ShouldBeTrue("the page lists what to fix");
        var summaryText = System.Net.WebUtility.HtmlDecode(summary.Value);
        summaryText.ShouldContain("处错误，不能提交");
        summaryText.ShouldMatch("<a href=\"#fig-spent-total\">[^<]*基本支出 2000 \\+ 项目支出 800 = 2800，与执行数 2900 不符[^<]*</a>");
        blocked.Html.ShouldContain("id=\"fig-spent-total\"", Case.Sensitive, "the link leads to the field");
        HtmlScraper.InputValue(blocked.Html, "Form.Figures[spent.project]").ShouldBe("800");
        (await factory.StateAsync(draft)).ShouldBe(before);

        var submitted = await filer.PostEvaluationAsync(draft, "Submit", blocked.Form().Set("Form.Figures[spent.project]", "900"));

        submitted.Status.ShouldBe(HttpStatusCode.Found);
        var after = await factory.StateAsync(draft);
        after.Status.ShouldBe(EvaluationStatus.Submitted);
        after.RevisionNumber.ShouldBe(before.RevisionNumber + 1);
        after.Revisions.ShouldStartWith(before.Revisions);
        (await factory.EvaluationAsync(draft)).Figures.Spent.Project.ShouldBe(900m);
        (await factory.AuditAsync(draft)).ShouldContain(a => a.Action == "提交" && a.Detail == "状态：草稿 → 已提交" && a.UserName == "filer-001");

        var page = await filer.EvaluationAsync(draft);
        page.Text.ShouldContain("这份自评现为“已提交”，只能查看，不能修改");
        var change = page.Form().Set("Form.Figures[spent.total]", "2950").Set("Form.Figures[spent.basic]", "2050");
        foreach (var handler in new[] { "Save", "Submit", "Row&op=add-task&index=0" })
            (await filer.PostEvaluationAsync(draft, handler, change)).Status.ShouldBe(HttpStatusCode.Forbidden, handler);
        (await factory.StateAsync(draft)).ShouldBe(after);
    }

    [GeneratedRegex("<div class=\"error-summary\".*?</div>", RegexOptions.Singleline)]
    private static partial Regex ErrorSummary();
}
