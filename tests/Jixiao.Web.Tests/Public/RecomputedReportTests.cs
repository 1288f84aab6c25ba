using System.Text.RegularExpressions;
using Jixiao.Web.Data;
using Jixiao.Web.Tests.Infrastructure;

namespace Jixiao.Web.Tests.Public;

/// <summary>A published report the engine can score: its score is the recomputed one, the department's is labelled.</summary>
public sealed class RecomputedReportTests(SqliteFactory factory) : IClassFixture<SqliteFactory>
{
    [Fact]
    public async Task The_recomputed_score_leads_and_a_different_stated_score_and_rate_are_labelled()
    {
        // Seed 002 as filed states 99.98 points and 99.8%; here it spent 2,800 of 3,156.9 万元: 88.6946…%, which the
        // guangzhou-2023 scheme scores 10 × 0.886946 = 8.87 of 10 plus 90 for its 20 indicators met: 98.87 (by hand).
        var id = await factory.FileAsync("002", "测试丁局", 2023, EvaluationStatus.Published,
            yaml => yaml.Replace("spent: { total: 3151.09,", "spent: { total: 2800,", StringComparison.Ordinal));

        using var anonymous = WebSession.Open(factory);
        var page = (await anonymous.PageAsync($"/Public/Report/{id}")).Text;

        page.ShouldContain("自评得分（按评分方案计算）");
        Regex.IsMatch(page, @"data-score>98\.87</span> 分 <span class=""grade"">优").ShouldBeTrue();
        page.ShouldContain("部门自评：99.98 分，评级“优”（与按评分方案重算的结果不同");
        // The rate is shown to the one decimal the department used, with what it stated beside it.
        Regex.IsMatch(page, @"预算执行率<span[^>]*>[^<]*</span></th>\s*<td[^>]*>88\.7%<span class=""sub differs"">部门填报 99\.8%").ShouldBeTrue();
    }
}
