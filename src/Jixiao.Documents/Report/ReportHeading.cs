namespace Jixiao.Documents.Report;

/// <summary>A section heading; level 1 is the outline's top level (一、…), 2 its children ((一)…), and so on.</summary>
internal sealed record ReportHeading(int Level, string Text) : ReportBlock;
