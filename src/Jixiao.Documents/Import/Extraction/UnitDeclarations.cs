using System.Text.RegularExpressions;
using Jixiao.Documents.Import.Structure;

namespace Jixiao.Documents.Import.Extraction;

/// <summary>
/// "单位：万元", "（单位：元）", "部门整体资金（万元）": the unit a form declares for the table after it. A table with no
/// declaration is in 万元, the unit of every published form.
/// </summary>
internal sealed partial class UnitDeclarations
{
    private readonly List<(int Line, string Unit)> _declared = [];

    public UnitDeclarations(DocumentLayout layout)
    {
        foreach (var (line, text) in layout.TextLines)
            Scan(line.Number, text);
        foreach (var row in layout.Rows)
        {
            foreach (var cell in row.Cells)
                Scan(row.Line.Number, cell);
        }
        _declared.Sort((a, b) => a.Line.CompareTo(b.Line));
    }

    /// <summary>The unit in force at <paramref name="line"/>.</summary>
    public string At(int line)
    {
        var unit = Money.Wan;
        foreach (var (at, declared) in _declared)
        {
            if (at > line)
                break;
            unit = declared;
        }
        return unit;
    }

    private void Scan(int line, string text)
    {
        var c = Words.Compact(text);
        if (c.Length > 40)
            return;
        var m = Declaration().Match(c);
        if (m.Success)
            _declared.Add((line, m.Groups["unit"].Value));
    }

    [GeneratedRegex(@"单位[:：]?(?<unit>万元|元)(?![/／])|[（(](?<unit>万元|元)[)）]$")]
    private static partial Regex Declaration();
}
