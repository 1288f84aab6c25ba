using System.Net;
using Jixiao.Web.Data;
using Jixiao.Web.Tests.Infrastructure;

namespace Jixiao.Web.Tests.Security;

/// <summary>
/// Issue test 3: markup a filer types is kept as typed and shown as text, never as markup, on the evaluation page
/// and in the history, and on the public pages anyone reads. Run on both databases.
/// </summary>
public abstract class EscapingTests(JixiaoFactory factory)
{
    private const string Typed = "<script>alert(1)</script> 与 <b>x</b>";

    /// <summary>Typed into an input: would close the value attribute if it were written unescaped.</summary>
    private const string AttributeBreaker = "物业\" onfocus=\"alert(2)\" x=\"";

    [Fact]
    public async Task Narrative_markup_is_stored_as_typed_and_shown_escaped_on_the_evaluation_and_history_pages()
    {
        var draft = await factory.NewDraftAsync(DemoSite.LiwanAffairs);
        using var filer = await WebSession.SignedInAsync(factory, "filer-001");
        var form = (await filer.EvaluationAsync(draft)).Form();
        form["Form.Narrative[problems]"].ShouldBe("");
        form.Set("Form.Narrative[problems]", Typed).Set("Form.Tasks[0].Name", AttributeBreaker);
        (await filer.PostEvaluationAsync(draft, "Save", form)).Status.ShouldBe(HttpStatusCode.Found);
        var stored = await factory.EvaluationAsync(draft);
        stored.Narrative["problems"].ShouldBe(Typed);
        stored.Tasks[0].Name.ShouldBe(AttributeBreaker);

        var page = await filer.EvaluationAsync(draft);
        ShouldShowAsText(page);
        page.Form()["Form.Narrative[problems]"].ShouldBe(Typed);
        page.Form()["Form.Tasks[0].Name"].ShouldBe(AttributeBreaker);

        var history = await filer.GetAsync($"/Evaluations/History/{draft}");
        history.Status.ShouldBe(HttpStatusCode.OK);
        history.Text.ShouldContain("（空）→");
        ShouldShowAsText(history);
    }

    [Fact]
    public async Task Markup_in_a_narrative_and_a_department_name_appears_escaped_on_the_public_pages()
    {
        const string Department = "测试<i>部门</i>";
        var id = await factory.FileAsync("000", Department, 2022, EvaluationStatus.Published,
            yaml => yaml.Replace("部门整体预算支出执行率较低", $"{Typed} 部门整体预算支出执行率较低", StringComparison.Ordinal));
        using var anonymous = WebSession.Open(factory);

        var report = await anonymous.PageAsync($"/Public/Report/{id}");
        ShouldShowAsText(report);
        report.Html.ShouldNotContain("<i>部门</i>");
        // No script runs anyway: the policy allows none inline.
        report.Response.Headers.GetValues("Content-Security-Policy").Single().ShouldContain("script-src 'self'");

        var list = await anonymous.PageAsync("/Public?q=" + Uri.EscapeDataString("测试"));
        list.Html.ShouldNotContain("<i>");
        list.Text.ShouldContain($"{Department}</a>");
    }

    private static void ShouldShowAsText(Page page)
    {
        page.Html.ShouldNotContain("<script>alert(1)</script>");
        page.Html.ShouldNotContain("<b>x</b>");
        page.Html.ShouldContain("&lt;script&gt;alert(1)&lt;/script&gt;");
        page.Html.ShouldContain("&lt;b&gt;x&lt;/b&gt;");
        page.Html.ShouldNotContain("\" onfocus=\"alert(2)");
    }
}
