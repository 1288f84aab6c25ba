namespace Jixiao.Documents.Report.Pdf;

/// <summary>One laid-out line: its tokens left to right, its natural width in points, and whether it ends its paragraph (not justified).</summary>
internal sealed record TextLine(IReadOnlyList<TextRun> Runs, double Width, bool Last);
