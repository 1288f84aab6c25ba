using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Jixiao.Web.Access;
using Jixiao.Web.Tests.Infrastructure;

namespace Jixiao.Web.Tests.Rights;

/// <summary>
/// Issue test 1: nobody reaches an evaluation outside their rights — by page URL, by form post with a valid token
/// or by API id — and a refused write leaves the record exactly as it was. Run on both databases.
/// </summary>
public abstract class RightsTests(JixiaoFactory factory)
{
    private static readonly string[] OtherDepartments = [DemoSite.HuaduAffairs, DemoSite.HuaduOffice, DemoSite.Furong];

    /// <summary>Every GET that shows or hands out an evaluation.</summary>
    private static string[] ReadUrls(int id) =>
    [
        $"/Evaluations/{id}",
        $"/Evaluations/History/{id}",
        $"/Evaluations/History/{id}?handler=Revision&number=1",
        $"/Evaluations/{id}?handler=Download&format=xlsx",
        $"/Evaluations/{id}?handler=Download&format=docx",
        $"/Evaluations/{id}?handler=Download&format=pdf",
    ];

    [Fact]
    public async Task A_filer_reads_their_own_department_but_not_another_by_page_history_or_download()
    {
        using var filer = await WebSession.SignedInAsync(factory, "filer-001");
        var own = await factory.RoundDraftIdAsync(DemoSite.LiwanAffairs);
        // PDF needs a Chinese system font (./test.sh installs it); the other formats show the URLs are right.
        foreach (var url in ReadUrls(own).Where(u => !u.EndsWith("pdf", StringComparison.Ordinal)))
            (await filer.GetAsync(url)).Status.ShouldBe(HttpStatusCode.OK, url);

        foreach (var department in OtherDepartments)
        {
            foreach (var id in await factory.EvaluationIdsAsync(department))
            {
                foreach (var url in ReadUrls(id))
                {
                    var page = await filer.GetAsync(url);
                    page.ShouldBeRefused($"filer-001 GET {url} ({department})");
                    page.Text.ShouldNotContain(department, Case.Sensitive, url);
                }
            }
        }
        var list = await filer.GetAsync("/Evaluations");
        list.Text.ShouldContain(DemoSite.LiwanAffairs);
        foreach (var department in OtherDepartments)
            list.Text.ShouldNotContain(department);
    }

    [Theory]
    [InlineData("Save")]
    [InlineData("Submit")]
    [InlineData("Recompute")]
    [InlineData("Row&op=add-task&index=0")]
    public async Task A_filer_cannot_post_to_another_departments_draft_even_with_a_valid_token(string handler)
    {
        var mine = await factory.RoundDraftIdAsync(DemoSite.LiwanAffairs);
        var theirs = await factory.RoundDraftIdAsync(DemoSite.HuaduAffairs);
        var before = await factory.StateAsync(theirs);
        using var filer = await WebSession.SignedInAsync(factory, "filer-001");
        var form = (await filer.EvaluationAsync(mine)).Form()
            .Set("Form.Version", before.Version.ToString(CultureInfo.InvariantCulture))
            .Set("Form.Figures[budget.total]", "1234.5")
            .Set("Form.Narrative[functions]", "篡改");

        // The token is valid: the same post to the filer's own draft passes the antiforgery check.
        (await filer.PostEvaluationAsync(mine, "Recompute", form)).Status.ShouldBe(HttpStatusCode.OK);

        (await filer.PostEvaluationAsync(theirs, handler, form)).ShouldBeRefused($"filer-001 POST {handler} to {DemoSite.HuaduAffairs}");
        (await factory.StateAsync(theirs)).ShouldBe(before);
    }

    [Fact]
    public async Task A_filers_api_lists_only_their_department_and_refuses_another_departments_id()
    {
        using var filer = await WebSession.SignedInAsync(factory, "filer-001");
        var list = await filer.GetAsync("/api/evaluations");
        list.Status.ShouldBe(HttpStatusCode.OK);
        var rows = JsonNode.Parse(list.Html)!.AsArray();
        rows.Select(r => (int)r!["id"]!).ShouldBe(await factory.EvaluationIdsAsync(DemoSite.LiwanAffairs));
        rows.Select(r => (string)r!["department"]!).Distinct().ShouldBe([DemoSite.LiwanAffairs]);
        using (var bearer = WebSession.Open(factory))
        {
            bearer.UseBearer(await BearerTokenAsync(bearer, "filer-001"));
            var byToken = await bearer.GetAsync("/api/evaluations");
            byToken.Status.ShouldBe(HttpStatusCode.OK);
            byToken.Html.ShouldBe(list.Html, "a bearer token carries the same rights as the cookie");
            (await bearer.GetAsync($"/api/evaluations/{await factory.RoundDraftIdAsync(DemoSite.HuaduAffairs)}")).ShouldBeRefused("bearer, another department");
        }

        var own = await factory.EvaluationIdAsync(DemoSite.LiwanAffairs, 2023);
        var mine = await filer.GetAsync($"/api/evaluations/{own}");
        mine.Status.ShouldBe(HttpStatusCode.OK);
        ((string)JsonNode.Parse(mine.Html)!["department"]!).ShouldBe(DemoSite.LiwanAffairs);
        foreach (var department in OtherDepartments)
        {
            foreach (var id in await factory.EvaluationIdsAsync(department))
            {
                var page = await filer.GetAsync($"/api/evaluations/{id}");
                page.ShouldBeRefused($"GET /api/evaluations/{id}");
                page.Html.ShouldNotContain(department);
            }
        }
    }

    private static async Task<string> BearerTokenAsync(WebSession client, string user)
    {
        var response = await client.Http.PostAsJsonAsync("/api/token", new { userName = user, password = DemoSite.Password }, DemoSite.Cancel);
        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        return (string)JsonNode.Parse(await response.Content.ReadAsStringAsync(DemoSite.Cancel))!["accessToken"]!;
    }

    [Fact]
    public async Task A_reviewer_without_assignments_sees_nothing_and_changes_nothing()
    {
        var name = DemoSite.NewUserName("reviewer");
        await factory.CreateUserAsync(name, Roles.Reviewer);
        var draft = await factory.RoundDraftIdAsync(DemoSite.HuaduOffice);
        var before = await factory.StateAsync(draft);
        using var reviewer = await WebSession.SignedInAsync(factory, name);

        var list = await reviewer.GetAsync("/api/evaluations");
        list.Status.ShouldBe(HttpStatusCode.OK);
        JsonNode.Parse(list.Html)!.AsArray().ShouldBeEmpty();
        var index = await reviewer.GetAsync("/Evaluations");
        foreach (var department in OtherDepartments.Append(DemoSite.LiwanAffairs))
        {
            index.Text.ShouldNotContain(department);
            foreach (var id in await factory.EvaluationIdsAsync(department))
            {
                foreach (var url in ReadUrls(id).Append($"/api/evaluations/{id}"))
                    (await reviewer.GetAsync(url)).ShouldBeRefused($"{name} GET {url}");
            }
        }

        // A token of their own (the sign-out form on any page carries one) and a complete form.
        var form = new FormFields { { "Form.Version", before.Version.ToString(CultureInfo.InvariantCulture) }, { "Form.Figures[budget.total]", "1" } }
            .WithToken(index.Token);
        foreach (var handler in new[] { "Save", "Submit" })
            (await reviewer.PostEvaluationAsync(draft, handler, form)).ShouldBeRefused($"{name} POST {handler}");
        (await factory.StateAsync(draft)).ShouldBe(before);
    }

    [Fact]
    public async Task The_assigned_reviewer_reads_a_draft_but_cannot_save_or_submit_it()
    {
        var draft = await factory.RoundDraftIdAsync(DemoSite.HuaduOffice);
        var before = await factory.StateAsync(draft);
        using var reviewer = await WebSession.SignedInAsync(factory, "reviewer");
        var page = await reviewer.EvaluationAsync(draft);
        page.Text.ShouldContain(DemoSite.HuaduOffice);
        var form = page.Form().Set("Form.Figures[budget.total]", "1234.5");
        foreach (var handler in new[] { "Save", "Submit" })
            (await reviewer.PostEvaluationAsync(draft, handler, form)).Status.ShouldBe(HttpStatusCode.Forbidden, handler);
        (await factory.StateAsync(draft)).ShouldBe(before);
    }

    [Fact]
    public async Task Anonymous_callers_are_sent_to_login_by_pages_and_get_401_from_the_api()
    {
        var draft = await factory.RoundDraftIdAsync(DemoSite.HuaduAffairs);
        var before = await factory.StateAsync(draft);
        using var anonymous = WebSession.Open(factory);
        foreach (var url in ReadUrls(draft).Append("/Evaluations"))
            (await anonymous.GetAsync(url)).ShouldRedirectToLogin($"anonymous GET {url}");

        var token = (await anonymous.GetAsync("/Account/Login")).Token;
        var form = new FormFields { { "Form.Version", before.Version.ToString(CultureInfo.InvariantCulture) }, { "Form.Figures[budget.total]", "1" } }
            .WithToken(token);
        foreach (var handler in new[] { "Save", "Submit", "Recompute" })
            (await anonymous.PostEvaluationAsync(draft, handler, form)).ShouldRedirectToLogin($"anonymous POST {handler}");
        (await factory.StateAsync(draft)).ShouldBe(before);

        foreach (var url in new[] { "/api/evaluations", $"/api/evaluations/{draft}" })
        {
            var api = await anonymous.GetAsync(url);
            api.Status.ShouldBe(HttpStatusCode.Unauthorized, url);
            api.Location.ShouldBeNull(url);
        }
    }
}
