namespace Jixiao.Documents.Report;

/// <summary>A body paragraph, indented two characters on its first line; <see cref="Lead"/> is a run-in title set in bold (1.严格资产使用管理。).</summary>
internal sealed record ReportParagraph(string Text, string Lead = "") : ReportBlock;
