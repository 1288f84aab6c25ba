namespace Jixiao.Documents.Report.Pdf;

/// <summary>Where a role's face is found: the Debian package, the font's name, candidate files and the face index inside a .ttc.</summary>
internal sealed record FontSource(FontRole Role, string Name, string Package, IReadOnlyList<string> Paths, int Index = 0);
