using System.Globalization;
using Jixiao.Core.Evaluations;
using Jixiao.Core.Rates;

namespace Jixiao.Documents.Report;

/// <summary>How numbers read in the documents: amounts with thousands separators and their own decimals, rates to the precision the department uses.</summary>
internal static class NumberText
{
    /// <summary>Rates a document does not state are shown to two decimals (domain.md §3).</summary>
    public const int DefaultRatePlaces = 2;

    /// <summary>6612.3 → "6,612.3"; 1611.20 → "1,611.20": as many decimals as the figure was given with.</summary>
    public static string Amount(decimal value) => value.ToString("N" + value.Scale.ToString(CultureInfo.InvariantCulture), CultureInfo.InvariantCulture);

    /// <summary>A score or weight: 91.5, 99.98, 10 (never a trailing zero).</summary>
    public static string Score(decimal value) => value.ToString("0.##", CultureInfo.InvariantCulture);

    /// <summary>The decimals a rate is shown with: the stated rate's own, else two.</summary>
    public static int RatePlaces(Evaluation evaluation, string rateId) =>
        evaluation.Stated.Rates.TryGetValue(rateId, out var stated) ? stated.Scale : DefaultRatePlaces;

    /// <summary>"94.5" for 94.488…% with one place; without the % sign.</summary>
    public static string Percent(RateValue rate, int places) =>
        rate.Rounded(places).ToString("F" + places.ToString(CultureInfo.InvariantCulture), CultureInfo.InvariantCulture);

    /// <summary>The rate of <paramref name="rate"/> on the evaluation as "94.5%", or null when it cannot be computed.</summary>
    public static string? RateOf(Evaluation evaluation, Rate rate) =>
        rate.Compute(evaluation) is { } value ? Percent(value, RatePlaces(evaluation, rate.Id)) + "%" : null;
}
