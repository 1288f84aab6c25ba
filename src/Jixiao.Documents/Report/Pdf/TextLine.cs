namespace Jixiao.Documents.Report.Pdf;

/// <summary>One laid-out line: its runs left to right and its width in points.</summary>
internal sealed record TextLine(IReadOnlyList<TextRun> Runs, double Width);
