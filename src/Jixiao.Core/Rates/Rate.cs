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

    /// <summary>The rate, or null when a figure is missing or the denominator is zero.</summary>
    public RateValue? Compute(Evaluations.Evaluation evaluation)
    {
        var (numerator, denominator) = _operands(evaluation);
        if (numerator is null || denominator is null || denominator == 0m)
            return null;
        return new RateValue(numerator.Value, denominator.Value);
    }
}
