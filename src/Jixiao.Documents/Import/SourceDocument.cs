namespace Jixiao.Documents.Import;

/// <summary>The format a reader recognised from the file's content (not its extension).</summary>
public enum SourceFormat
{
    Text,
    Docx,
    Pdf,
    Xlsx,
}

/// <summary>
/// What every reader yields: the document's lines in reading order, each with its place, table rows with
/// their cells. Extraction works on this alone, whatever the format.
/// </summary>
public sealed record SourceDocument(string File, SourceFormat Format, IReadOnlyList<SourceLine> Lines);

/// <summary>
/// One line of text. <see cref="Number"/> is 1-based over the whole document; <see cref="Page"/> is 1-based
/// (1 for formats without pages). A table row carries its <see cref="Cells"/> (merged cells repeated or left
/// empty as the source has them) and <see cref="Text"/> is the cells joined by tabs.
/// </summary>
public sealed record SourceLine(int Number, string Text, int Page = 1, IReadOnlyList<string>? Cells = null, int? TableRow = null)
{
    public bool IsTableRow => Cells is not null;

    /// <summary>Where the line is, in Chinese, for findings: "第 2 页第 14 行" or "第 14 行".</summary>
    public string Place => Page > 1 ? $"第 {Page} 页第 {Number} 行" : $"第 {Number} 行";
}
