namespace Jixiao.Documents.Report.Pdf;

/// <summary>One loaded face: its role, the Debian font it is, its bytes for PDFsharp and its metrics for layout.</summary>
internal sealed record FontFace(FontRole Role, string Name, string Path, byte[] Bytes, TrueTypeMetrics Metrics);
