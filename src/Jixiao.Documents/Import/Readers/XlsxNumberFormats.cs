using System.Globalization;
using System.Text;
using DocumentFormat.OpenXml.Spreadsheet;

namespace Jixiao.Documents.Import.Readers;

/// <summary>
/// Turns a numeric cell's stored value into the text the sheet shows, because the audit reads a stated figure with
/// the precision it is stated in ("612.40" is not "612.4"). Excel stores binary doubles ("6211.8900000000003");
/// they are first cut to the 15 significant digits Excel itself works with, then rounded to the decimals of the
/// cell's format ("0.00", "#,##0.00", "0.00%"), half away from zero as Excel does, and written invariantly.
/// Percent formats give "89.31%", date formats ISO dates. Thousands separators, currency signs and literal text
/// of a format are left out: they change how a number looks, not what it is. General cells keep every digit.
/// </summary>
internal sealed class XlsxNumberFormats
{
    private static readonly NumberFormat General = new(NumberKind.Plain, null);

    private readonly List<NumberFormat> _styles;

    private XlsxNumberFormats(List<NumberFormat> styles) => _styles = styles;

    private enum NumberKind
    {
        Plain,
        Percent,
        Date,
    }

    public static XlsxNumberFormats Load(Stylesheet? stylesheet)
    {
        var custom = stylesheet?.NumberingFormats?.Elements<NumberingFormat>()
            .Where(f => f.NumberFormatId?.Value is not null)
            .GroupBy(f => f.NumberFormatId!.Value)
            .ToDictionary(g => g.Key, g => g.First().FormatCode?.Value ?? "") ?? [];
        var styles = stylesheet?.CellFormats?.Elements<CellFormat>()
            .Select(f => Parse(f.NumberFormatId?.Value ?? 0, custom))
            .ToList() ?? [];
        return new XlsxNumberFormats(styles);
    }

    public string Format(string raw, uint styleIndex)
    {
        if (!double.TryParse(raw, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) || !double.IsFinite(value))
        {
            return raw;
        }

        var format = styleIndex < _styles.Count ? _styles[(int)styleIndex] : General;
        if (format.Kind == NumberKind.Date && value is >= 1 and < 2958466)
        {
            var date = DateTime.FromOADate(value);
            return date.TimeOfDay == TimeSpan.Zero
                ? date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)
                : date.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture);
        }

        return format.Kind == NumberKind.Percent
            ? Invariant(value * 100, format.Decimals, format.MinDecimals) + "%"
            : Invariant(value, format.Decimals, format.MinDecimals);
    }

    /// <summary>
    /// 15 significant digits, no exponent: "6211.89", "0.3", "1200". With <paramref name="decimals"/>, rounded to
    /// that many and trailing zeros kept down to <paramref name="minDecimals"/> ("612.40"); without, no trailing zeros.
    /// </summary>
    public static string Invariant(double value, int? decimals = null, int minDecimals = 0)
    {
        var rounded = value.ToString("G15", CultureInfo.InvariantCulture);
        if (Math.Abs(value) >= 1e28 || !decimal.TryParse(rounded, NumberStyles.Float, CultureInfo.InvariantCulture, out var exact))
        {
            return rounded;
        }

        var text = decimals is { } places
            ? Math.Round(exact, places, MidpointRounding.AwayFromZero).ToString("F" + places, CultureInfo.InvariantCulture)
            : exact.ToString(CultureInfo.InvariantCulture);
        var point = text.IndexOf('.', StringComparison.Ordinal);
        if (point < 0)
        {
            return text;
        }

        var keep = point + 1 + minDecimals;
        var end = text.Length;
        while (end > keep && text[end - 1] == '0')
        {
            end--;
        }

        return end == point + 1 ? text[..point] : text[..end];
    }

    private static NumberFormat Parse(uint id, Dictionary<uint, string> custom)
    {
        if (custom.TryGetValue(id, out var code))
        {
            return ParseCode(code);
        }

        // Built-in formats: 1–4 fixed, 9–10 percent, 14–17 and 22 dates, 27–36 and 50–58 the East Asian (zh-CN) dates.
        return id switch
        {
            1 or 3 => new NumberFormat(NumberKind.Plain, 0),
            2 or 4 => new NumberFormat(NumberKind.Plain, 2, 2),
            9 => new NumberFormat(NumberKind.Percent, 0),
            10 => new NumberFormat(NumberKind.Percent, 2, 2),
            (>= 14 and <= 17) or 22 or (>= 27 and <= 36) or (>= 50 and <= 58) => new NumberFormat(NumberKind.Date, null),
            _ => General,
        };
    }

    /// <summary>Reads a custom format code's first section, ignoring quoted text, escapes and [colour]/[locale] parts.</summary>
    private static NumberFormat ParseCode(string code)
    {
        var bare = new StringBuilder();
        var quoted = false;
        var bracket = false;
        for (var i = 0; i < code.Length && (quoted || code[i] != ';'); i++)
        {
            var c = code[i];
            if (c == '"')
            {
                quoted = !quoted;
            }
            else if (!quoted && c == '[')
            {
                bracket = true;
            }
            else if (!quoted && c == ']')
            {
                bracket = false;
            }
            else if (!quoted && c is '\\' or '_' or '*')
            {
                // An escaped character, a space as wide as the next one, a fill character: none is a placeholder.
                i++;
            }
            else if (!quoted && !bracket)
            {
                bare.Append(char.ToLowerInvariant(c));
            }
        }

        var plain = bare.ToString();
        if (plain.Contains('y') || plain.Contains('d') || (plain.Contains('m') && !plain.Contains('0')))
        {
            return new NumberFormat(NumberKind.Date, null);
        }

        // Scientific and text formats, and General written as a custom code, show the value as it is.
        if (plain.Contains('e') || !plain.Any(c => c is '0' or '#' or '?'))
        {
            return General;
        }

        // "0.00" shows two decimals; "0.0#" one or two: round to two, then drop a trailing zero down to one.
        var point = plain.IndexOf('.', StringComparison.Ordinal);
        var places = point < 0 ? "" : string.Concat(plain[(point + 1)..].TakeWhile(c => c is '0' or '#' or '?'));
        return new NumberFormat(plain.Contains('%') ? NumberKind.Percent : NumberKind.Plain, places.Length, places.Count(c => c == '0'));
    }

    /// <summary><see cref="Decimals"/> null: as many as the value has. Trailing zeros go down to <see cref="MinDecimals"/>.</summary>
    private sealed record NumberFormat(NumberKind Kind, int? Decimals, int MinDecimals = 0);
}
