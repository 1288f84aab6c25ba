using System.Text.RegularExpressions;

namespace Jixiao.Documents.Tests.Import.Variants.Generator;

/// <summary>
/// A table laid out one cell per line (corpus d05, as text copied out of some PDFs): a caption declaring 万元, the
/// header cells one per line, then each row as its label followed by one line per column. Its money columns are
/// converted to 元 like a table's.
/// </summary>
internal static partial class VerticalTables
{
    public static void Convert(VariantSource source, List<string> lines, ICollection<WrittenNumber> converted)
    {
        for (var i = 0; i < lines.Count; i++)
        {
            if (source.Lines[i].IsTableRow || !Caption().IsMatch(lines[i]))
                continue;
            var headers = new List<string>();
            var j = i + 1;
            while (j + 1 < lines.Count && !IsValue(lines[j]) && !IsValue(lines[j + 1]) && lines[j].Trim().Length is > 0 and <= 16)
                headers.Add(lines[j++].Trim());
            if (headers.Count < 2)
                continue;
            while (j + headers.Count < lines.Count && !IsValue(lines[j]) && Enumerable.Range(1, headers.Count).All(k => IsValue(lines[j + k])))
            {
                for (var k = 0; k < headers.Count; k++)
                {
                    if (YuanAmounts.IsMoneyHeader(headers[k]) && WrittenNumber.Parse(lines[j + 1 + k]) is { Percent: false } number)
                        lines[j + 1 + k] = YuanAmounts.Yuan(number, converted);
                }
                j += headers.Count + 1;
            }
            i = j - 1;
        }
    }

    /// <summary>A figure or the dash a form puts where there is none.</summary>
    private static bool IsValue(string line) => WrittenNumber.Parse(line) is not null || line.Trim() is "—" or "-" or "－" or "——";

    [GeneratedRegex(@"^\s*\S{0,16}[（(]\s*万\s*元\s*[)）]\s*$")]
    private static partial Regex Caption();
}
