namespace Jixiao.Documents.Report;

/// <summary>A body paragraph, indented two characters on its first line.</summary>
internal sealed record ReportParagraph(string Text) : ReportBlock;
