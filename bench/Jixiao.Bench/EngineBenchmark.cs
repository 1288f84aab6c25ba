using BenchmarkDotNet.Attributes;
using Jixiao.Core.Audit;
using Jixiao.Core.Evaluations;
using Jixiao.Core.Indicators;
using Jixiao.Core.Schemes;
using Jixiao.Documents.Schemes;

namespace Jixiao.Bench;

/// <summary>
/// Shape: one evaluation with every budget figure, by-nature and by-source spending, three stated rates,
/// a stated score and grade, and 30 weighted indicators (产出 15, 效益 10, 满意度 5; a third miss their
/// target), under the national scheme. Measures rates + scoring + audit together, as `jixiao check` runs them.
/// </summary>
[MemoryDiagnoser]
[MedianColumn]
public class EngineBenchmark
{
    private Evaluation _evaluation = null!;
    private Scheme _scheme = null!;

    [GlobalSetup]
    public void Setup()
    {
        _scheme = SchemeCatalog.Load(Path.Combine(AppContext.BaseDirectory, "schemes")).Find("national-2020")!;
        _evaluation = new Evaluation
        {
            Department = "基准测试部门",
            Year = 2024,
            SchemeId = _scheme.Id,
            Figures = new Jixiao.Core.Figures.Figures
            {
                Budget = new() { Initial = 6211.89m, Adjustment = 327.17m, Total = 6539.06m, Project = 4194.52m },
                Spent = new() { Total = 5840.18m, Basic = 2265.44m, Project = 3574.74m },
                SpentBySource = new() { GeneralPublic = 4849.80m, GovernmentFund = 990.38m, StateCapital = 0m, Other = 0m },
                ThreePublic = new() { Budget = 30m, Spent = 224.7m, Abroad = 0m, VehiclePurchase = 163.84m, VehicleOperation = 60.86m, Reception = 0m },
            },
            Stated = new Stated
            {
                Rates = new Dictionary<string, decimal> { ["execution"] = 89.31m, ["adjustment"] = 5.27m, ["projectExecution"] = 85.2m },
                Score = 95.5m,
                Grade = Jixiao.Core.Scoring.Grade.Excellent,
            },
            Indicators = Enumerable.Range(0, 30).Select(i => new Indicator
            {
                Level1 = i < 15 ? "产出指标" : i < 25 ? "效益指标" : "满意度指标",
                Level2 = i < 15 ? "数量指标" : "社会效益指标",
                Name = $"指标{i}",
                Weight = 3m,
                Target = Target.Parse(i % 4 == 0 ? "≤3.5万元/个" : "≥95%"),
                Actual = Target.Parse(i % 3 == 0 ? (i % 4 == 0 ? "4.1万元/个" : "90%") : (i % 4 == 0 ? "3.1万元/个" : "98%")),
                StatedScore = 3m,
                Formula = i == 7 ? "档位出租率=(档位总数/档位实际租出数量)*100%" : "实际完成数/计划数×100%",
            }).ToList(),
        };
    }

    [Benchmark]
    public int RatesScoringAndAudit() => Auditor.Run(_evaluation, _scheme).Findings.Count;
}
