namespace Jixiao.Documents.Import.Extraction;

/// <summary>
/// A figure the document states with two different values: the one kept (<see cref="Kept"/>, consistent with the other
/// figures when they can tell) and the one that differs. <see cref="Corroborated"/> is true when the other figures
/// confirm the kept value and contradict the other.
/// </summary>
internal sealed record Conflict(string Path, Mention Kept, Mention Other, bool Corroborated);
