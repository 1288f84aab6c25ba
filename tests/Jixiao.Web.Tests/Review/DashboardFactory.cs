using System.Collections.Concurrent;
using Jixiao.Web.Data;
using Jixiao.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;

namespace Jixiao.Web.Tests.Review;

/// <summary>
/// The demo plus three departments no reviewer is assigned: one whose score falls by more than 5 points from 2022 to
/// 2023, one that spent 2,800 of its 3,156.9 万元 budget, one that did the same both years. Every query is logged.
/// </summary>
public sealed class DashboardFactory : SqliteFactory
{
    public const string Falling = "测试甲局（得分下降）";
    public const string LowRate = "测试乙局（执行率偏低）";
    public const string Steady = "测试丙局（得分持平）";

    /// <summary>Every SQL command the application sends, for the tests that count queries.</summary>
    public ConcurrentQueue<string> Commands { get; } = new();

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.ConfigureServices(services => services.ConfigureDbContext<SqliteJixiaoDb>(o => o.AddInterceptors(new CommandLog(Commands))));
    }

    protected override async Task SeedAsync()
    {
        await this.FileAsync("002", Falling, 2022, EvaluationStatus.Accepted);
        // Seed 002 spent 3,151.09 of 3,156.9 万元 (99.98 points); spending 2,400 is 76.02%, under 80%, so guangzhou-2023
        // caps the total at 89: 10.98 points less.
        await this.FileAsync("002", Falling, 2023, EvaluationStatus.Submitted, yaml => yaml.Replace("spent: { total: 3151.09,", "spent: { total: 2400,", StringComparison.Ordinal));
        await this.FileAsync("002", LowRate, 2023, EvaluationStatus.Submitted, yaml => yaml.Replace("spent: { total: 3151.09,", "spent: { total: 2800,", StringComparison.Ordinal));
        await this.FileAsync("002", Steady, 2022, EvaluationStatus.Accepted);
        await this.FileAsync("002", Steady, 2023, EvaluationStatus.Submitted);
    }
}
