namespace Jixiao.Documents.Import.Extraction;

/// <summary>
/// One place where the document states a figure: its path (budget.total, spent.basic, rates.execution, selfScore …),
/// the value in 万元 (or percent, points, people), the source line and the words around it. A figure stated twice
/// has two mentions; the builder keeps one and reports a difference.
/// </summary>
internal sealed record Mention(string Path, decimal Value, SourceLine Line, string Quote, bool FromTable);
