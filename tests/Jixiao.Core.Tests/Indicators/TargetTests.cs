using Jixiao.Core.Indicators;

namespace Jixiao.Core.Tests.Indicators;

public sealed class TargetTests
{
    [Theory]
    [InlineData("≥95%", Direction.AtLeast, 95, "%")]
    [InlineData("≤3.5万元/个", Direction.AtMost, 3.5, "万元/个")]
    [InlineData("=100%", Direction.Exactly, 100, "%")]
    [InlineData("2辆", Direction.AtLeast, 2, "辆")]
    [InlineData("800 m²", Direction.AtLeast, 800, "m2")]
    [InlineData("0起", Direction.AtMost, 0, "起")]
    [InlineData("≥ 95 ％", Direction.AtLeast, 95, "%")]
    [InlineData("不少于28个", Direction.AtLeast, 28, "个")]
    public void Parses_targets_as_the_seeds_write_them(string text, Direction direction, double value, string unit)
    {
        var target = Target.Parse(text);

        target.Direction.ShouldBe(direction);
        target.Value.ShouldBe((decimal)value);
        target.Unit.ShouldBe(unit);
    }

    [Theory]
    [InlineData("提升")]
    [InlineData("有效")]
    [InlineData("")]
    public void Words_are_qualitative(string text)
    {
        Target.Parse(text).Direction.ShouldBe(Direction.Qualitative);
    }

    [Theory]
    [InlineData("垃圾分类率 100%,按垃圾分类标准严格执行", "%", 100)]
    [InlineData("承接的扶贫任务已于2021年6月底结束,脱贫工作完成达到100%", "%", 100)]
    [InlineData("31个", "个", 31)]
    public void Finds_the_actual_value_in_its_unit(string text, string unit, double expected)
    {
        Measure.ValueIn(text, unit).ShouldBe((decimal)expected);
    }

    [Fact]
    public void Does_not_mistake_a_year_for_the_actual()
    {
        Measure.ValueIn("受新冠疫情影响,2021年该项工作未开展", "%").ShouldBeNull();
    }
}
