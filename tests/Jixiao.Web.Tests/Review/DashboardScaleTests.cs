using System.Diagnostics;
using System.Net;
using System.Text.RegularExpressions;
using Jixiao.Web.Tests.Infrastructure;

namespace Jixiao.Web.Tests.Review;

/// <summary>The dashboard pages through departments, so 1,000 of them cost a page of 50, not all of them.</summary>
public sealed class DashboardScaleTests(ThousandDepartmentsFactory factory) : IClassFixture<ThousandDepartmentsFactory>
{
    [Fact]
    public async Task A_thousand_departments_come_fifty_to_a_page_and_quickly()
    {
        using var admin = await WebSession.SignedInAsync(factory, "admin");
        await admin.PageAsync("/Review/Dashboard"); // warm up

        var clock = Stopwatch.StartNew();
        var response = await admin.GetAsync("/Review/Dashboard?p=2");
        clock.Stop();

        response.Status.ShouldBe(HttpStatusCode.OK);
        var page = response.Text;
        page.ShouldContain("共 1004 个部门");
        page.ShouldContain("第 2 / 21 页");
        var matrix = page[page.IndexOf("class=\"list matrix\"", StringComparison.Ordinal)..page.IndexOf("class=\"list figures\"", StringComparison.Ordinal)];
        Regex.Count(matrix, "<th scope=\"row\">").ShouldBe(50);
        Console.WriteLine($"dashboard page of 50 departments × 2 years: {clock.ElapsedMilliseconds} ms");
        clock.Elapsed.ShouldBeLessThan(TimeSpan.FromSeconds(5));
    }
}
