using System.Globalization;
using Jixiao.Core.Rates;
using Jixiao.Documents.Report;

namespace Jixiao.Documents.Tests.Report;

public sealed class NumberTextTests
{
    [Theory]
    [InlineData("6612.3", "6,612.3")]
    [InlineData("1611.20", "1,611.20")]
    [InlineData("2265.44", "2,265.44")]
    [InlineData("0", "0")]
    [InlineData("950", "950")]
    [InlineData("3.13", "3.13")]
    [InlineData("12345678.9", "12,345,678.9")]
    [InlineData("-327.17", "-327.17")]
    public void Amount_has_thousands_separators_and_the_figures_own_decimals(string value, string expected) =>
        NumberText.Amount(decimal.Parse(value, CultureInfo.InvariantCulture)).ShouldBe(expected);

    [Theory]
    [InlineData(1, "94.5")]
    [InlineData(2, "94.49")]
    [InlineData(0, "94")]
    public void Percent_rounds_half_up_to_the_places_the_department_uses(int places, string expected) =>
        NumberText.Percent(new RateValue(6247.8m, 6612.3m), places).ShouldBe(expected);

    [Fact]
    public void Rate_places_follow_the_stated_rate_else_two()
    {
        var (evaluation, _) = Samples.Load(Samples.Named("000"));
        NumberText.RatePlaces(evaluation, "execution").ShouldBe(1);
        NumberText.RatePlaces(evaluation, "adjustment").ShouldBe(2);
    }

    [Theory]
    [InlineData("91.5", "91.5")]
    [InlineData("99.98", "99.98")]
    [InlineData("90.00", "90")]
    public void Score_drops_trailing_zeros(string value, string expected) =>
        NumberText.Score(decimal.Parse(value, CultureInfo.InvariantCulture)).ShouldBe(expected);
}
