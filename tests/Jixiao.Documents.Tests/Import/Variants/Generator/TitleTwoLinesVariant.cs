namespace Jixiao.Documents.Tests.Import.Variants.Generator;

/// <summary>
/// The title broken over two lines, as a long centred title is in a PDF or a Word file: mid-phrase ("…管理局部门" /
/// "整体支出绩效自评报告", as seed 003 has it) or at the phrase boundary ("…管理局" / "部门整体支出绩效自评报告").
/// </summary>
internal sealed class TitleTwoLinesVariant(string name, bool atPhraseBoundary) : TextLayoutVariant
{
    private const string Phrase = "部门整体支出";

    public override string Name => name;

    protected override string Missing => "no title line found";

    public override IReadOnlyList<string>? Lines(VariantSource source)
    {
        if (ReportTitle.Find(source) is not { } title)
            return null;
        var (first, second) = Split(title.Text);
        return [.. source.RawLines.Take(title.First), first, second, .. source.RawLines.Skip(title.Last + 1)];
    }

    private (string First, string Second) Split(string title)
    {
        var at = title.IndexOf(Phrase, StringComparison.Ordinal);
        var cut = at < 0 ? title.Length / 2
            : !atPhraseBoundary ? at + 2
            : at > 0 ? at
            : Phrase.Length;
        return (title[..cut].TrimEnd(), title[cut..].TrimStart());
    }
}
