using Jixiao.Core.Audit;
using Jixiao.Core.Evaluations;
using Jixiao.Core.Scoring;

namespace Jixiao.Documents.Import;

/// <summary>
/// One imported document: the evaluation read from it, the unit it wrote amounts in (万元 or 元; the model is always
/// in 万元), the findings with their place in the source, and the score card. When the file could not be read,
/// <see cref="Error"/> holds the Chinese message and the rest is empty.
/// </summary>
public sealed record ImportResult(
    string File,
    Evaluation? Evaluation,
    string? Unit,
    IReadOnlyList<Finding> Findings,
    string? Error,
    ScoreCard? Card)
{
    /// <summary>The 三级 indicators the document lists, or the count it states ("设立了 20 项细化指标").</summary>
    public int? IndicatorCount { get; init; }

    /// <summary>Where each value was read, by subject (a figure path such as spent.total, indicator:名称, task:名称 …).</summary>
    public IReadOnlyDictionary<string, FieldSource> Sources { get; init; } = new Dictionary<string, FieldSource>();

    /// <summary>
    /// Fields the document states twice differently where nothing in it decides which is right: the kept value is in the
    /// evaluation, the others here, by field (department, budget.total, selfScore …, as in the JSON contract).
    /// </summary>
    public IReadOnlyDictionary<string, IReadOnlyList<Alternative>> Alternatives { get; init; } = new Dictionary<string, IReadOnlyList<Alternative>>();

    public bool Succeeded => Error is null;

    /// <summary>What made the import fail, for a detailed log (jixiao --verbose); <see cref="Error"/> is what the user reads.</summary>
    public Exception? Cause { get; init; }

    internal static ImportResult Failed(string file, string error, Exception? cause = null) => new(file, null, null, [], error, null) { Cause = cause };
}
