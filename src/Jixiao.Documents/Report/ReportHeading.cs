namespace Jixiao.Documents.Report;

/// <summary>A section heading; level 1 is 一、 (黑体), 2 is （一） (楷体), 3 is 1. (仿宋 bold), 4 is （1）.</summary>
internal sealed record ReportHeading(int Level, string Text) : ReportBlock;
