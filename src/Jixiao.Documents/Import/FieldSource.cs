namespace Jixiao.Documents.Import;

/// <summary>Where an imported value was read: the line, its place in Chinese (第 2 页第 14 行) and the words quoted.</summary>
public sealed record FieldSource(int Line, string Place, string Quote);
