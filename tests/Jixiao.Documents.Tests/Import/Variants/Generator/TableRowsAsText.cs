namespace Jixiao.Documents.Tests.Import.Variants.Generator;

/// <summary>A document's lines with its tables laid out as fixed-width text.</summary>
internal static class TableRowsAsText
{
    /// <summary>The raw lines, each rewritten by <paramref name="text"/>, with every table's rows (their cells rewritten too) laid out by <paramref name="layout"/>.</summary>
    public static List<string> Lines(VariantSource source, AlignedColumns layout, Func<string, string> text)
    {
        var lines = source.RawLines.Select(text).ToList();
        foreach (var table in source.Tables)
        {
            var rows = SourceTables.Grid(source.Lines, table).Select(r => (IReadOnlyList<string>)[.. r.Select(text)]).ToList();
            var laid = layout.Layout(rows);
            for (var r = 0; r < table.Count; r++)
                lines[table[r]] = laid[r];
        }
        return lines;
    }
}
