using System.Globalization;
using System.Security;
using System.Text;

namespace Jixiao.Documents.Table.Xlsx;

/// <summary>Gives each distinct <see cref="CellStyle"/> a cell format index and writes the stylesheet they need.</summary>
internal sealed class XlsxStyles
{
    // Formats Excel knows by number; anything else gets an id from 164 on.
    private static readonly Dictionary<string, int> BuiltIn = new(StringComparer.Ordinal)
    {
        ["General"] = 0, ["0"] = 1, ["0.00"] = 2, ["#,##0"] = 3, ["#,##0.00"] = 4, ["0%"] = 9, ["0.00%"] = 10,
    };

    private readonly List<CellStyle> _styles = [new CellStyle(Border: false, Wrap: false)];
    private readonly Dictionary<CellStyle, int> _index = [];
    private readonly Dictionary<string, int> _customFormats = new(StringComparer.Ordinal);

    public XlsxStyles() => _index[_styles[0]] = 0;

    public CellStyle this[int index] => _styles[index];

    public int Index(CellStyle style)
    {
        if (!_index.TryGetValue(style, out var i))
        {
            i = _styles.Count;
            _styles.Add(style);
            _index[style] = i;
            if (!BuiltIn.ContainsKey(style.NumberFormat) && !_customFormats.ContainsKey(style.NumberFormat))
                _customFormats[style.NumberFormat] = 164 + _customFormats.Count;
        }
        return i;
    }

    public string Stylesheet()
    {
        var sb = new StringBuilder(4096);
        sb.Append("""<?xml version="1.0" encoding="UTF-8" standalone="yes"?><styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">""");
        if (_customFormats.Count > 0)
        {
            sb.Append(CultureInfo.InvariantCulture, $"""<numFmts count="{_customFormats.Count}">""");
            foreach (var (code, id) in _customFormats)
                sb.Append(CultureInfo.InvariantCulture, $"""<numFmt numFmtId="{id}" formatCode="{SecurityElement.Escape(code)}"/>""");
            sb.Append("</numFmts>");
        }
        // Font order follows CellFont.
        sb.Append("""<fonts count="4">""");
        sb.Append("""<font><sz val="11"/><name val="宋体"/><family val="3"/><charset val="134"/></font>""");
        sb.Append("""<font><b/><sz val="11"/><name val="宋体"/><family val="3"/><charset val="134"/></font>""");
        sb.Append("""<font><b/><sz val="16"/><name val="黑体"/><family val="3"/><charset val="134"/></font>""");
        sb.Append("""<font><sz val="11"/><name val="黑体"/><family val="3"/><charset val="134"/></font>""");
        sb.Append("</fonts>");
        sb.Append("""<fills count="3"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill><fill><patternFill patternType="solid"><fgColor rgb="FFF2F2F2"/><bgColor indexed="64"/></patternFill></fill></fills>""");
        sb.Append("""<borders count="2"><border><left/><right/><top/><bottom/><diagonal/></border>""");
        sb.Append("""<border><left style="thin"><color auto="1"/></left><right style="thin"><color auto="1"/></right><top style="thin"><color auto="1"/></top><bottom style="thin"><color auto="1"/></bottom><diagonal/></border></borders>""");
        sb.Append("""<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>""");
        sb.Append(CultureInfo.InvariantCulture, $"""<cellXfs count="{_styles.Count}">""");
        foreach (var s in _styles)
        {
            var format = BuiltIn.TryGetValue(s.NumberFormat, out var b) ? b : _customFormats[s.NumberFormat];
            var horizontal = s.Align switch { CellAlign.Center => "center", CellAlign.Right => "right", _ => "left" };
            sb.Append(CultureInfo.InvariantCulture,
                $"""<xf numFmtId="{format}" fontId="{(int)s.Font}" fillId="{(s.Fill ? 2 : 0)}" borderId="{(s.Border ? 1 : 0)}" xfId="0" applyNumberFormat="1" applyFont="1" applyFill="1" applyBorder="1" applyAlignment="1"><alignment horizontal="{horizontal}" vertical="center"{(s.Wrap ? " wrapText=\"1\"" : "")}/></xf>""");
        }
        sb.Append("</cellXfs>");
        sb.Append("""<cellStyles count="1"><cellStyle name="常规" xfId="0" builtinId="0"/></cellStyles><dxfs count="0"/><tableStyles count="0"/>""");
        sb.Append("</styleSheet>");
        return sb.ToString();
    }
}
