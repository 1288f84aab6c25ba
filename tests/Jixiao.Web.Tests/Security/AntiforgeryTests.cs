using System.Net;
using Jixiao.Web.Tests.Infrastructure;

namespace Jixiao.Web.Tests.Security;

/// <summary>
/// Issue test 2: every state-changing POST without the antiforgery token is refused (400) and changes nothing —
/// the same post with the page's token goes through, so the token is the only thing missing. Run on both databases.
/// </summary>
public abstract class AntiforgeryTests(JixiaoFactory factory)
{
    [Theory]
    [InlineData("Save", HttpStatusCode.Found)]
    [InlineData("Submit", HttpStatusCode.Found)]
    [InlineData("Recompute", HttpStatusCode.OK)]
    [InlineData("Row&op=add-task&index=0", HttpStatusCode.OK)]
    public async Task An_evaluation_post_without_the_token_is_refused_and_changes_nothing(string handler, HttpStatusCode withToken)
    {
        var draft = await factory.NewDraftAsync(DemoSite.LiwanAffairs);
        using var filer = await WebSession.SignedInAsync(factory, "filer-001");
        var form = (await filer.EvaluationAsync(draft)).Form().Set("Form.Figures[budget.total]", "6000");
        var before = await factory.StateAsync(draft);

        (await filer.PostEvaluationAsync(draft, handler, form.Without(HtmlScraper.TokenName))).Status.ShouldBe(HttpStatusCode.BadRequest);
        (await factory.StateAsync(draft)).ShouldBe(before);

        (await filer.PostEvaluationAsync(draft, handler, form)).Status.ShouldBe(withToken);
    }

    [Fact]
    public async Task A_token_from_another_users_page_is_refused()
    {
        var draft = await factory.NewDraftAsync(DemoSite.LiwanAffairs);
        using var filer = await WebSession.SignedInAsync(factory, "filer-001");
        using var other = await WebSession.SignedInAsync(factory, "filer-002");
        var foreignToken = (await other.GetAsync("/Evaluations")).Token;
        var form = (await filer.EvaluationAsync(draft)).Form().Set("Form.Figures[budget.total]", "6000").WithToken(foreignToken);
        var before = await factory.StateAsync(draft);

        (await filer.PostEvaluationAsync(draft, "Save", form)).Status.ShouldBe(HttpStatusCode.BadRequest);
        (await factory.StateAsync(draft)).ShouldBe(before);
    }

    [Fact]
    public async Task Login_without_the_token_is_refused_and_signs_nobody_in()
    {
        using var browser = WebSession.Open(factory);
        (await browser.GetAsync("/Account/Login")).Status.ShouldBe(HttpStatusCode.OK);
        var login = await browser.PostAsync("/Account/Login", new FormFields { { "UserName", "filer-001" }, { "Password", DemoSite.Password } });
        login.Status.ShouldBe(HttpStatusCode.BadRequest);
        login.SetCookie("jixiao").ShouldBeNull();
        (await browser.GetAsync("/Evaluations")).ShouldRedirectToLogin("after a login without token");
    }

    [Fact]
    public async Task Logout_without_the_token_is_refused_and_the_session_stays()
    {
        using var filer = await WebSession.SignedInAsync(factory, "filer-001");
        var page = await filer.GetAsync("/Evaluations");
        page.Status.ShouldBe(HttpStatusCode.OK);

        (await filer.PostAsync("/Account/Logout", new FormFields())).Status.ShouldBe(HttpStatusCode.BadRequest);
        (await filer.GetAsync("/Evaluations")).Status.ShouldBe(HttpStatusCode.OK);

        var logout = await filer.PostAsync("/Account/Logout", new FormFields { { HtmlScraper.TokenName, page.Token } });
        logout.Status.ShouldBe(HttpStatusCode.Found);
        (await filer.GetAsync("/Evaluations")).ShouldRedirectToLogin("after logging out");
    }
}
