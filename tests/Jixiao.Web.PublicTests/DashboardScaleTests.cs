using System.Diagnostics;
using System.Net;
using System.Text.RegularExpressions;
using Jixiao.Web.Data;

namespace Jixiao.Web.PublicTests;

/// <summary>The demo plus 1,000 departments with two years each, filed straight into the database.</summary>
public sealed class ThousandDepartmentsApp : JixiaoApp, IAsyncLifetime
{
    public const int Departments = 1000;

    public async ValueTask InitializeAsync() =>
        await WithDbAsync(async (db, _) =>
        {
            var now = DateTime.UtcNow;
            for (var i = 0; i < Departments; i++)
            {
                var name = $"规模测试部门{i:0000}";
                var department = new Department { Name = name, Region = "广东省广州市花都区" };
                db.Departments.Add(department);
                foreach (var year in new[] { 2022, 2023 })
                {
                    db.Evaluations.Add(new EvaluationRecord
                    {
                        Department = department, Year = year, SchemeId = "guangzhou-2023", Status = EvaluationStatus.Submitted,
                        Content = Samples.Rewrite("002", name, year), RevisionNumber = 1, UpdatedAt = now,
                    });
                }
            }
            return await db.SaveChangesAsync();
        });
}

/// <summary>The dashboard pages through departments, so 1,000 of them cost a page of 50, not all of them.</summary>
public sealed class DashboardScaleTests(ThousandDepartmentsApp app) : IClassFixture<ThousandDepartmentsApp>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task A_thousand_departments_come_fifty_to_a_page_and_quickly()
    {
        var client = await app.LoginAsync("admin");
        (await client.GetAsync("/Review/Dashboard", Ct)).StatusCode.ShouldBe(HttpStatusCode.OK); // warm up

        var clock = Stopwatch.StartNew();
        var response = await client.GetAsync("/Review/Dashboard?p=2", Ct);
        clock.Stop();

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        var page = Samples.Decoded(await response.Content.ReadAsStringAsync(Ct));
        page.ShouldContain("共 1004 个部门");
        page.ShouldContain("第 2 / 21 页");
        var matrix = page[page.IndexOf("class=\"list matrix\"", StringComparison.Ordinal)..page.IndexOf("class=\"list figures\"", StringComparison.Ordinal)];
        Regex.Count(matrix, "<th scope=\"row\">").ShouldBe(50);
        Console.WriteLine($"dashboard page of 50 departments × 2 years: {clock.ElapsedMilliseconds} ms");
        clock.Elapsed.ShouldBeLessThan(TimeSpan.FromSeconds(5));
    }
}
