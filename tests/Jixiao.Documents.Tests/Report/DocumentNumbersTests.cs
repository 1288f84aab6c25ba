using System.Globalization;
using Jixiao.Core.Rates;
using Jixiao.Core.Schemes;
using Jixiao.Documents.Report;

namespace Jixiao.Documents.Tests.Report;

public sealed class DocumentNumbersTests
{
    [Theory]
    [InlineData("6612.3", "#,##0.00", "6,612.30")]
    [InlineData("1611.2", "#,##0.00", "1,611.20")]
    [InlineData("0", "#,##0.00", "0.00")]
    [InlineData("-327.17", "#,##0.00", "-327.17")]
    [InlineData("9.98", "0.00", "9.98")]
    [InlineData("91.5", "0.00", "91.50")]
    [InlineData("0.125", "0.00", "0.13")]
    [InlineData("0.9995", "0.0%", "100.0%")]
    [InlineData("0.94487", "0.00%", "94.49%")]
    [InlineData("12.5", "General", "12.5")]
    public void Format_reads_the_excel_format_code_as_a_spreadsheet_shows_the_cell(string value, string format, string expected) =>
        DocumentNumbers.Format(decimal.Parse(value, CultureInfo.InvariantCulture), format).ShouldBe(expected);

    [Fact]
    public void Two_decimals_for_every_kind_unless_the_scheme_says_otherwise()
    {
        var numbers = new DocumentNumbers(NumberPrecision.Default);
        numbers.AmountFormat.ShouldBe("#,##0.00");
        numbers.RateFormat.ShouldBe("0.00%");
        numbers.ScoreFormat.ShouldBe("0.00");
        // Seed 000: 6247.8 / 6612.3 = 94.4875…% → 94.49%.
        numbers.Rate(new RateValue(6247.8m, 6612.3m)).ShouldBe("94.49%");
        var one = new DocumentNumbers(new NumberPrecision(Amounts: 1, Rates: 1, Scores: 1));
        one.Rate(new RateValue(6247.8m, 6612.3m)).ShouldBe("94.5%");
        one.Amount(2265.44m).ShouldBe("2,265.4");
        one.Score(9.45m).ShouldBe("9.5");
    }

    [Fact]
    public void A_scheme_can_ask_for_its_own_precision()
    {
        var scheme = Jixiao.Documents.Schemes.SchemeFile.Parse("""
            id: t
            name: t
            region: t
            source: t
            grades: [{ grade: 优, min: 90 }, { grade: 差, min: 0 }]
            precision: { amounts: 2, rates: 1, scores: 1 }
            indicators:
              - { id: execution, name: 预算执行率, weight: 100, rule: execution-rate }
            outline:
              sections: [{ id: a, title: 一、基本情况 }]
            """, "t");
        scheme.Precision.ShouldBe(new NumberPrecision(2, 1, 1));
    }
}
