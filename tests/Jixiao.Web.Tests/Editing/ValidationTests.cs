using System.Net;
using Jixiao.Web.Tests.Infrastructure;

namespace Jixiao.Web.Tests.Editing;

/// <summary>
/// Issue test 6: a save that fails validation comes back with every typed value still in its input and the
/// Chinese error beside the field, and saves nothing. Run on both databases.
/// </summary>
public abstract class ValidationTests(JixiaoFactory factory)
{
    [Fact]
    public async Task A_budget_that_is_not_a_number_comes_back_as_typed_with_the_error_beside_it()
    {
        var draft = await factory.NewDraftAsync(DemoSite.LiwanAffairs);
        using var filer = await WebSession.SignedInAsync(factory, "filer-001");
        var form = (await filer.EvaluationAsync(draft)).Form()
            .Set("Form.Figures[budget.total]", "abc")
            .Set("Form.Figures[spent.total]", "5,000.5")
            .Set("Form.Narrative[problems]", "人员编制不足");
        var before = await factory.StateAsync(draft);

        var page = await filer.PostEvaluationAsync(draft, "Save", form);

        page.Status.ShouldBe(HttpStatusCode.UnprocessableEntity);
        page.Text.ShouldContain("有字段需要修正，尚未保存");
        HtmlScraper.InputValue(page.Html, "Form.Figures[budget.total]").ShouldBe("abc");
        HtmlScraper.FieldError(page.Html, "fig-budget-total").ShouldBe("请填写数字，如 6612.3");
        page.Html.ShouldMatch("id=\"fig-budget-total\"[^>]*aria-invalid=\"true\"");
        // The other typed values stay too, and have no error.
        HtmlScraper.InputValue(page.Html, "Form.Figures[spent.total]").ShouldBe("5,000.5");
        // A field without an error carries no error text (the page writes no error element for it).
        HtmlScraper.FieldError(page.Html, "fig-spent-total").ShouldBeNullOrEmpty();
        page.Form()["Form.Narrative[problems]"].ShouldBe("人员编制不足");
        (await factory.StateAsync(draft)).ShouldBe(before);
    }

    [Fact]
    public async Task An_indicator_score_above_its_weight_comes_back_as_typed_with_the_error_beside_it()
    {
        var draft = await factory.NewDraftAsync(DemoSite.LiwanAffairs);
        using var filer = await WebSession.SignedInAsync(factory, "filer-001");
        var page = await filer.EvaluationAsync(draft);
        page.Html.ShouldNotContain("name=\"Form.Indicators[0].Name\"");
        // The page's own "添加指标" button: a new, empty indicator row; nothing saved.
        var added = await filer.PostEvaluationAsync(draft, "Row&op=add-indicator&index=-1", page.Form());
        added.Status.ShouldBe(HttpStatusCode.OK);
        var form = added.Form()
            .Set("Form.Indicators[0].Name", "办文办会及时率")
            .Set("Form.Indicators[0].Target", "100%")
            .Set("Form.Indicators[0].Weight", "10")
            .Set("Form.Indicators[0].Score", "12");
        var before = await factory.StateAsync(draft);

        var saved = await filer.PostEvaluationAsync(draft, "Save", form);

        saved.Status.ShouldBe(HttpStatusCode.UnprocessableEntity);
        HtmlScraper.InputValue(saved.Html, "Form.Indicators[0].Score").ShouldBe("12");
        HtmlScraper.InputValue(saved.Html, "Form.Indicators[0].Weight").ShouldBe("10");
        HtmlScraper.InputValue(saved.Html, "Form.Indicators[0].Name").ShouldBe("办文办会及时率");
        HtmlScraper.FieldError(saved.Html, "ind-0-score").ShouldBe("得分 12 超过分值 10");
        // The list at the top names the field; beside the field the message alone is enough.
        saved.Text.ShouldContain("<a href=\"#ind-0-score\">指标 1 自评得分：得分 12 超过分值 10</a>");
        (await factory.StateAsync(draft)).ShouldBe(before);
    }
}
