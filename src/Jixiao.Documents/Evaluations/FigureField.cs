using Jixiao.Core.Figures;

namespace Jixiao.Documents.Evaluations;

/// <summary>
/// One figure of an evaluation file's <c>figures:</c> block: its dotted path there ("budget.initial"), the Chinese
/// group heading and name a form shows, its unit and how to read it from the model.
/// </summary>
public sealed record FigureField(string Path, string Group, string Label, string Unit, Func<Figures, decimal?> Get);
