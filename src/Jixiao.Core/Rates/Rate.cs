namespace Jixiao.Core.Rates;

/// <summary>One formula of domain.md §3: an id, its Chinese name, how it reads and how it is computed.</summary>
public sealed class Rate
{
    private readonly Func<Evaluations.Evaluation, (decimal? Numerator, decimal? Denominator)> _operands;

    internal Rate(string id, string chineseName, string formula, Func<Evaluations.Evaluation, (decimal?, decimal?)> operands)
    {
        Id = id;
        ChineseName = chineseName;
        Formula = formula;
        _operands = operands;
    }

    /// <summary>Position in <see cref="Rates.All"/>, for caches.</summary>
    internal int Index { get; set; }

    /// <summary>Stable id used in schemes, stated rates and JSON (execution, completion …).</summary>
    public string Id { get; }

    public string ChineseName { get; }

    /// <summary>The formula in Chinese, for explanations (执行数 / 全年预算数 × 100%).</summary>
    public string Formula { get; }

    /// <summary>Beyond this a percentage is no rate but a typo, and arithmetic on it could overflow decimal.</summary>
    public const decimal MaxPercent = 1_000_000_000_000m;

    /// <summary>The rate, or null when a figure is missing, the denominator is zero or the rate is out of range.</summary>
    public RateValue? Compute(Evaluations.Evaluation evaluation) => Evaluate(evaluation).Value;

    /// <summary>
    /// The rate, or why there is none: <c>OutOfRange</c> when the figures are stated but so far apart (or so large)
    /// that the percentage exceeds <see cref="MaxPercent"/> or decimal's range; never an exception.
    /// </summary>
    internal (RateValue? Value, bool OutOfRange) Evaluate(Evaluations.Evaluation evaluation)
    {
        decimal? numerator, denominator;
        try
        {
            (numerator, denominator) = _operands(evaluation);
        }
        catch (OverflowException)
        {
            return (null, true);
        }
        if (numerator is null || denominator is null || denominator == 0m)
            return (null, false);
        var value = new RateValue(numerator.Value, denominator.Value);
        try
        {
            return Math.Abs(value.Percent) > MaxPercent ? (null, true) : (value, false);
        }
        catch (OverflowException)
        {
            return (null, true);
        }
    }
}
