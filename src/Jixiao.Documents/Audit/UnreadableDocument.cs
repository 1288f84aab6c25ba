namespace Jixiao.Documents.Audit;

/// <summary>A file the import could not read, with the Chinese reason the reader gave.</summary>
public sealed record UnreadableDocument(string File, string Error);
