namespace Jixiao.Documents.Report.Pdf;

/// <summary>
/// One token of a laid-out line, drawn in one face: a Chinese character, a number or Latin word, or a space.
/// Justification spreads a line's spare width over the gaps between tokens.
/// </summary>
internal readonly record struct TextRun(string Text, FontRole Role, double Width, bool Space = false, bool Bold = false);
