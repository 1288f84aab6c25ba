using System.Net;
using Jixiao.Web.Data;

namespace Jixiao.Web.PublicTests;

/// <summary>Text a department typed is shown as text on the public pages, never as markup.</summary>
public sealed class EscapingTests(JixiaoApp app) : IClassFixture<JixiaoApp>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private const string Department = "测试<i>部门</i>";

    [Fact]
    public async Task Markup_in_a_narrative_and_a_department_name_appears_escaped()
    {
        var id = await app.FileAsync("000", Department, 2022, EvaluationStatus.Published,
            yaml => yaml.Replace("部门整体预算支出执行率较低", "<script>alert(1)</script> 与 <b>x</b> 部门整体预算支出执行率较低", StringComparison.Ordinal));

        var report = await app.Anonymous().GetAsync($"/Public/Report/{id}", Ct);
        report.StatusCode.ShouldBe(HttpStatusCode.OK);
        var html = await report.Content.ReadAsStringAsync(Ct);
        html.ShouldNotContain("<script>alert(1)</script>");
        html.ShouldNotContain("<b>x</b>");
        html.ShouldNotContain("<i>部门</i>");
        html.ShouldContain("&lt;script&gt;alert(1)&lt;/script&gt;");
        html.ShouldContain("&lt;b&gt;x&lt;/b&gt;");
        // No script runs anyway: the policy allows none inline.
        report.Headers.GetValues("Content-Security-Policy").Single().ShouldContain("script-src 'self'");

        var list = await app.Anonymous().GetStringAsync("/Public?q=" + Uri.EscapeDataString("测试"), Ct);
        list.ShouldNotContain("<i>");
        Samples.Decoded(list).ShouldContain($"{Department}</a>");
    }
}
