namespace Jixiao.Documents.Report;

/// <summary>One block of a report: a heading, a paragraph, a table or a page break.</summary>
internal abstract record ReportBlock;
