namespace Jixiao.Documents.Report.Pdf;

/// <summary>A stretch of one line drawn in one font (the main Song face, or the symbol fallback).</summary>
internal readonly record struct TextRun(string Text, bool Fallback, double Width);
