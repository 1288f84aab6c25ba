using System.Globalization;
using Jixiao.Core.Evaluations;
using Jixiao.Core.Figures;
using Jixiao.Core.Indicators;

namespace Jixiao.WebSeed;

/// <summary>
/// A plausible evaluation under guangzhou-2023 with a given number of indicators (weights summing to 90) and
/// figures that vary by department, so every generated page differs and scores spread across the grades.
/// </summary>
internal static class GeneratedEvaluation
{
    private static readonly string[] Level2 = ["数量指标", "质量指标", "时效指标", "经济效益指标", "社会效益指标", "满意度指标"];

    public static Evaluation Create(string department, int year, int indicators, int seed)
    {
        var random = new Random(seed);
        var budget = Math.Round(1000m + random.Next(0, 900000) / 100m, 2);
        var spent = Math.Round(budget * (0.7m + random.Next(0, 3000) / 10000m), 2);
        var basic = Math.Round(spent * 0.4m, 2);
        var weight = Math.Round(90m / indicators, 2);
        var list = new List<Indicator>(indicators);
        for (var i = 0; i < indicators; i++)
        {
            var w = i == indicators - 1 ? 90m - weight * (indicators - 1) : weight;
            var met = random.Next(0, 10) > 1;
            list.Add(new Indicator
            {
                Level1 = i % 3 == 0 ? "产出指标" : i % 3 == 1 ? "效益指标" : "满意度指标",
                Level2 = Level2[i % Level2.Length],
                Name = $"重点工作指标{(i + 1).ToString(CultureInfo.InvariantCulture)}",
                Weight = w,
                Target = Target.Parse("≥95%"),
                Actual = Target.Parse(met ? "98%" : "90%"),
                StatedScore = met ? w : Math.Round(w * 0.8m, 2),
                Formula = "完成数/计划数×100%",
                Deviation = met ? null : "受项目进度影响，部分工作延至下年完成",
            });
        }
        return new Evaluation
        {
            Department = department,
            Region = "广东省广州市",
            Year = year,
            SchemeId = "guangzhou-2023",
            Figures = new Figures
            {
                Budget = new Budget { Total = budget, Basic = Math.Round(budget * 0.4m, 2), Project = budget - Math.Round(budget * 0.4m, 2) },
                Spent = new Spending { Total = spent, Basic = basic, Project = spent - basic },
            },
            AnnualGoal = "保障机关高效运转，完成年度重点工作任务。",
            Indicators = list,
            Narrative = new Dictionary<string, string>
            {
                ["functions"] = $"{department}负责本系统的机关事务管理和后勤保障工作。",
                ["problems"] = "预算执行进度不均衡。",
                ["improvements"] = "加强预算执行监控。",
            },
        };
    }
}
