using System.Globalization;
using Jixiao.Core.Rates;
using Jixiao.Core.Schemes;

namespace Jixiao.Documents.Report;

/// <summary>
/// The one rule for numbers in the documents: amounts with thousands separators, rates in percent and scores,
/// each to the decimals the scheme asks for (two by default), rounded half-up (四舍五入). The body text, the
/// report's 附表 and the XLSX all format through the format codes here, so a figure reads the same everywhere.
/// </summary>
internal sealed class DocumentNumbers(NumberPrecision precision)
{
    public NumberPrecision Precision { get; } = precision;

    /// <summary>
    /// The evaluation's rates as computed (预算执行率, 预算完成率 …): where the department's text states one of them at a
    /// coarser precision that agrees with it ("94.5%" for 94.49%), the documents show it at theirs.
    /// </summary>
    public IReadOnlyList<RateValue> KnownRates { get; init; } = [];

    /// <summary>The rates of <paramref name="evaluation"/> the documents may restate, computed once.</summary>
    public static IReadOnlyList<RateValue> RatesOf(Core.Evaluations.Evaluation evaluation) =>
        [.. new[] { Rates.Execution, Rates.Completion, Rates.Adjustment, Rates.BasicExecution, Rates.ProjectExecution, Rates.ThreePublicControl }
            .Select(r => r.Compute(evaluation)).OfType<RateValue>()];

    /// <summary>Excel number format of an amount: #,##0.00.</summary>
    public string AmountFormat => "#,##0" + Decimals(Precision.Amounts);

    /// <summary>Excel number format of a rate held as a fraction: 0.00%.</summary>
    public string RateFormat => "0" + Decimals(Precision.Rates) + "%";

    /// <summary>Excel number format of a score or weight: 0.00.</summary>
    public string ScoreFormat => "0" + Decimals(Precision.Scores);

    /// <summary>6612.3 → "6,612.30".</summary>
    public string Amount(decimal value) => Format(value, AmountFormat);

    /// <summary>6247.8 / 6612.3 → "94.49%".</summary>
    public string Rate(RateValue rate) => Format(rate.Fraction, RateFormat);

    /// <summary>9.98 → "9.98"; 10 → "10.00".</summary>
    public string Score(decimal value) => Format(value, ScoreFormat);

    /// <summary>A score as the documents show it, so a total can be the sum of what is shown.</summary>
    public decimal RoundScore(decimal value) => Math.Round(value, Precision.Scores, MidpointRounding.AwayFromZero);

    public decimal RoundAmount(decimal value) => Math.Round(value, Precision.Amounts, MidpointRounding.AwayFromZero);

    /// <summary>A rate as a fraction rounded to what its format shows (0.944888 → 0.9449 at two places).</summary>
    public decimal RoundRate(RateValue rate) => Math.Round(rate.Percent, Precision.Rates, MidpointRounding.AwayFromZero) / 100m;

    /// <summary>
    /// Formats a number by the Excel format codes these documents use ("#,##0.00", "0.00%", "0.00", "General"),
    /// the way a spreadsheet shows the cell: the report's 附表 prints the XLSX cells through this.
    /// </summary>
    public static string Format(decimal value, string format)
    {
        if (format is "General" or "")
            return value.ToString(CultureInfo.InvariantCulture);
        var percent = format.EndsWith('%');
        var code = percent ? format[..^1] : format;
        var dot = code.IndexOf('.', StringComparison.Ordinal);
        var places = dot < 0 ? 0 : code.Length - dot - 1;
        var grouped = code.Contains(',', StringComparison.Ordinal);
        var number = Math.Round(percent ? value * 100m : value, places, MidpointRounding.AwayFromZero);
        var text = number.ToString((grouped ? "N" : "F") + places.ToString(CultureInfo.InvariantCulture), CultureInfo.InvariantCulture);
        return percent ? text + "%" : text;
    }

    private static string Decimals(int places) => places <= 0 ? "" : "." + new string('0', places);
}
