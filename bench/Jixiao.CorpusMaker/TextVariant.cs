using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace Jixiao.CorpusMaker;

/// <summary>
/// A variant of a corpus document that still reads as one report: another district (or city) everywhere, the years
/// shifted together, the amounts doubled (exact, so sums and rates still agree), and written as UTF-8, UTF-8 with
/// BOM or GB18030 with LF or CRLF line ends. Scores, weights, percentages and indicator targets are left alone.
/// </summary>
internal static partial class TextVariant
{
    private static readonly string[] Districts = ["东湖区", "西城区", "南山区", "北塘区", "青云区", "金牛区", "龙泉区", "锦江区", "梅溪区", "沙河区", "云岩区", "白沙区"];
    private static readonly string[] Cities = ["襄阳市", "荆州市", "黄石市", "十堰市"];
    private static readonly string[] AmountWords = ["资金", "预算", "支出", "拨款", "结转", "结余", "经费", "收入", "合计", "总额", "总计"];
    private static readonly string[] NotAmountHeaders = ["分", "率", "指标", "比例", "人数", "数量"];

    public static (byte[] Bytes, int Scale) Make(CorpusSource source, int index)
    {
        var text = source.Text;
        if (DistrictOf(source.Department) is { } place)
        {
            var others = place.EndsWith('市') ? Cities : Districts;
            var other = others[index % others.Length];
            if (other == place)
                other = others[(index + 1) % others.Length];
            text = text.Replace(place, other, StringComparison.Ordinal);
        }
        var shift = index % 4 - 1;
        if (shift != 0)
            text = Year().Replace(text, m => Written(m.Value, int.Parse(Ascii(m.Value), CultureInfo.InvariantCulture) + shift + ""));
        // A table laid out one cell per line (d05) cannot be told from running text: its amounts stay as they are.
        var scale = index % 3 == 0 || VerticalTable().IsMatch(text) ? 1 : 2;
        if (scale != 1)
            text = ScaleAmounts(text, scale);
        var crlf = index % 5 == 1;
        if (crlf)
            text = text.ReplaceLineEndings("\r\n");
        var encoding = (index / 4 % 4) switch
        {
            0 => Encoding.GetEncoding("GB18030"),
            1 => new UTF8Encoding(true),
            _ => new UTF8Encoding(false),
        };
        return ([.. encoding.GetPreamble(), .. encoding.GetBytes(text)], scale);
    }

    /// <summary>The district in a department's name ("广州市花都区…" → 花都区), else its city ("宜昌市体育局" → 宜昌市).</summary>
    private static string? DistrictOf(string department)
    {
        var district = District().Match(department);
        if (district.Success)
            return district.Value;
        var city = City().Match(department);
        return city.Success ? city.Value : null;
    }

    /// <summary>
    /// Amounts written with their unit anywhere, and bare numbers in the rows of funds tables (a row naming 资金, 预算 …,
    /// in a column whose header is not a score, rate or count). Indicator tables keep their figures.
    /// </summary>
    private static string ScaleAmounts(string text, int scale)
    {
        var lines = text.Split('\n');
        var excluded = new HashSet<int>();
        var indicatorTable = false;
        for (var i = 0; i < lines.Length; i++)
        {
            var line = lines[i].TrimEnd('\r');
            var cells = Cells(line);
            if (cells is null)
            {
                if (line.Trim().Length > 0)
                {
                    excluded.Clear();
                    indicatorTable = false;
                }
                lines[i] = WithUnit().Replace(lines[i], m => Scale(m.Value, scale));
                continue;
            }
            if (cells.Any(c => c.Length > 0) && !cells.Any(IsNumber))
            {
                // A header row: it names the columns of the rows below.
                excluded.Clear();
                for (var c = 0; c < cells.Count; c++)
                {
                    if (NotAmountHeaders.Any(cells[c].Contains))
                        excluded.Add(c);
                }
                indicatorTable = cells.Any(c => c.Contains("指标值", StringComparison.Ordinal) || c.Contains("三级指标", StringComparison.Ordinal) || c.Contains("关键指标", StringComparison.Ordinal));
            }
            else if (!indicatorTable && cells.Any(c => !IsNumber(c) && AmountWords.Any(c.Contains)))
            {
                for (var c = 0; c < cells.Count; c++)
                {
                    if (IsNumber(cells[c]) && !excluded.Contains(c))
                        cells[c] = Scale(cells[c], scale);
                }
                lines[i] = Join(line, cells) + (lines[i].EndsWith('\r') ? "\r" : "");
                continue;
            }
            lines[i] = WithUnit().Replace(lines[i], m => Scale(m.Value, scale));
        }
        return string.Join('\n', lines);
    }

    /// <summary>The cells of a tab or pipe table row, as the text reader splits them; null for running text.</summary>
    private static List<string>? Cells(string line)
    {
        if (line.Contains('\t'))
            return [.. line.Split('\t')];
        var trimmed = line.Trim();
        if (trimmed.StartsWith('|') && trimmed.EndsWith('|') && trimmed.Length > 1)
            return [.. trimmed[1..^1].Split('|')];
        return null;
    }

    private static string Join(string line, List<string> cells) =>
        line.Contains('\t') ? string.Join('\t', cells) : "|" + string.Join('|', cells) + "|";

    private static bool IsNumber(string cell) => Number().IsMatch(cell.Trim());

    /// <summary>Doubles a number as written, keeping its decimals, thousands separators, OCR gap ("6211. 89") and width.</summary>
    private static string Scale(string written, int scale)
    {
        var lead = written[..(written.Length - written.TrimStart().Length)];
        var trail = written[written.TrimEnd().Length..];
        var core = Ascii(written.Trim());
        var gap = core.Contains(". ", StringComparison.Ordinal);
        var plain = core.Replace(",", "", StringComparison.Ordinal).Replace(" ", "", StringComparison.Ordinal);
        var value = decimal.Parse(plain, CultureInfo.InvariantCulture) * scale;
        var decimals = plain.Contains('.') ? plain.Length - plain.IndexOf('.') - 1 : 0;
        var format = (core.Contains(',') ? "#,##0" : "0") + (decimals > 0 ? "." + new string('0', decimals) : "");
        var result = value.ToString(format, CultureInfo.InvariantCulture);
        if (gap)
            result = result.Replace(".", ". ", StringComparison.Ordinal);
        return lead + Written(written, result) + trail;
    }

    /// <summary>Full-width digits (２０１９，１８６４．２０) as ASCII.</summary>
    private static string Ascii(string text) =>
        string.Concat(text.Select(c => c is >= '０' and <= '９' ? (char)(c - '０' + '0') : c == '．' ? '.' : c == '－' ? '-' : c));

    /// <summary>An ASCII number in the width the original was written in.</summary>
    private static string Written(string original, string ascii) =>
        original.Any(c => c is >= '０' and <= '９')
            ? string.Concat(ascii.Select(c => c is >= '0' and <= '9' ? (char)(c - '0' + '０') : c == '.' ? '．' : c == '-' ? '－' : c))
            : ascii;

    [GeneratedRegex(@"(?<![0-9０-９.．])[2２][0０][0-3０-３][0-9０-９](?=\s*年)")]
    private static partial Regex Year();

    [GeneratedRegex(@"^\s*(?:年初预算数|全年预算数|全年执行数)\s*$", RegexOptions.Multiline)]
    private static partial Regex VerticalTable();

    [GeneratedRegex(@"(?<=市|^)[\u4e00-\u9fff]{2,3}?[区县]")]
    private static partial Regex District();

    [GeneratedRegex(@"^[\u4e00-\u9fff]{2}市")]
    private static partial Regex City();

    [GeneratedRegex(@"(?<![0-9０-９.．,])[-－]?(?:[0-9]{1,3}(?:,[0-9]{3})+|[0-9０-９]+)(?:[.．]\s?[0-9０-９]+)?(?=\s*万?\s*元|\s*万\s*$)")]
    private static partial Regex WithUnit();

    [GeneratedRegex(@"^[-－]?(?:[0-9]{1,3}(?:,[0-9]{3})+|[0-9０-９]+)(?:[.．]\s?[0-9０-９]+)?$")]
    private static partial Regex Number();
}
