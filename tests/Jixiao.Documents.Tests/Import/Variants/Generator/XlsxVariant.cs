using System.Text.RegularExpressions;

namespace Jixiao.Documents.Tests.Import.Variants.Generator;

/// <summary>
/// The document as the 自评表 workbook a department fills in: a title row merged across the table (the title text),
/// a unit row ("单位：万元"), then the document in order — table rows cell by cell, figures as numbers with their
/// number format, every text line one cell merged across the width. Lines before the title (附件2) stay above it;
/// the document's own unit line gives way to the unit row.
/// </summary>
internal sealed partial class XlsxVariant : LayoutVariant
{
    public override string Name => "xlsx";

    public override string Extension => "xlsx";

    public override string? NotApplicable(VariantSource source) =>
        source.Tables.Count == 0 ? "no table rows" : ReportTitle.Find(source) is null ? "no title line found" : null;

    public override void Write(VariantSource source, string path)
    {
        var title = ReportTitle.Find(source)!;
        var sheet = new SheetLayout();
        for (var i = 0; i < title.First; i++)
            sheet.Text(source.RawLines[i]);
        sheet.Title(title.Text);
        sheet.Text("单位：" + source.Unit);
        for (var i = title.Last + 1; i < source.Lines.Count; i++)
        {
            if (source.Lines[i].Cells is { } cells)
                sheet.Row(cells);
            else if (!UnitLine().IsMatch(source.RawLines[i]))
                sheet.Text(source.RawLines[i]);
        }
        AtomicFile.Write(path, temp => XlsxWorkbook.Write(temp, sheet));
    }

    [GeneratedRegex(@"^\s*[（(]?单位\s*[:：]\s*万?\s*元\s*[)）]?\s*$")]
    private static partial Regex UnitLine();
}
