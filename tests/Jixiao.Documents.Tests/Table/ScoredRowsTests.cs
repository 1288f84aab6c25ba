using Jixiao.Core.Scoring;
using Jixiao.Documents.Table;
using Jixiao.Documents.Tests.Report;

namespace Jixiao.Documents.Tests.Table;

public sealed class ScoredRowsTests
{
    [Fact]
    public void Scheme_leaves_sit_under_their_first_and_second_level()
    {
        var (evaluation, scheme) = Samples.Load(Samples.Named("004"));
        var rows = ScoredRows.Build(evaluation, ScoringEngine.Score(evaluation, scheme));
        rows.ShouldContain(r => r.Level1 == "投入" && r.Level2 == "目标设定" && r.Level3 == "绩效目标合理性" && r.Weight == 5m);
        rows.ShouldContain(r => r.Level1 == "过程" && r.Level2 == "预算执行" && r.Level3 == "预算完成率");
    }

    [Fact]
    public void An_indicator_count_is_one_line_with_its_slot_score()
    {
        var (evaluation, scheme) = Samples.Load(Samples.Named("002"));
        var rows = ScoredRows.Build(evaluation, ScoringEngine.Score(evaluation, scheme));
        rows.Count.ShouldBe(2);
        rows[0].IsTopExecutionRate.ShouldBeTrue();
        rows[0].Score.ShouldBe(9.98m);
        rows[1].Level3.ShouldBe("绩效指标20项");
        rows[1].Score.ShouldBe(90m);
    }

    [Fact]
    public void Department_indicators_keep_their_target_and_actual()
    {
        var (evaluation, scheme) = Samples.Load(Samples.Named("001"));
        var rows = ScoredRows.Build(evaluation, ScoringEngine.Score(evaluation, scheme));
        var row = rows.Single(r => r.Level3 == "垃圾分类率");
        row.Target.ShouldBe("100%");
        row.Actual.ShouldStartWith("垃圾分类率100%");
        row.Level1.ShouldBe("关键指标");
        rows.Count(r => r.Level1 == "关键指标").ShouldBe(evaluation.Indicators.Count);
        // None of them has its own 分值: no weight and no score, rather than 90 shared out evenly.
        rows.Where(r => r.IsDepartmentIndicator).ShouldAllBe(r => r.Weight == null && r.Score == null);
    }
}
