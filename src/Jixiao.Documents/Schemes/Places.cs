using System.Reflection;
using Jixiao.Documents.Import.Structure;
using YamlDotNet.RepresentationModel;

namespace Jixiao.Documents.Schemes;

/// <summary>
/// Where a department is, from how its name begins ("株洲市荷塘区…" → 湖南省 株洲; "四川省宜宾市" → 四川省 宜宾): the
/// provinces and their prefecture-level cities of places.yaml, embedded and read once.
/// </summary>
public sealed class Places
{
    /// <summary>A place name stands at the start of a department's name, after at most a prefix such as "中共".</summary>
    private const int Reach = 16;

    private static readonly Lazy<Places> Loaded = new(() => Parse(ReadResource()));

    private readonly List<(string Name, string Short)> _provinces = [];
    private readonly Dictionary<string, string> _cityProvince = new(StringComparer.Ordinal);

    /// <summary>The cities looked up by span: every position of a title is tried, and a substring for each would be most of the cost.</summary>
    private readonly Dictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> _cityLookup;

    private Places(YamlMappingNode root)
    {
        _cityLookup = _cityProvince.GetAlternateLookup<ReadOnlySpan<char>>();
        foreach (var (key, value) in root.Children)
        {
            var province = ((YamlScalarNode)key).Value ?? "";
            _provinces.Add((province, Short(province)));
            foreach (var city in ((YamlSequenceNode)value).Children)
                _cityProvince.TryAdd(((YamlScalarNode)city).Value ?? "", province);
        }
    }

    public static Places Default => Loaded.Value;

    /// <summary>
    /// The place <paramref name="text"/> begins with, or null when it names none this list knows. A province's short name
    /// counts only where no city's name stands ("吉林市…" is the city, not 吉林省).
    /// </summary>
    public Place? Of(string text)
    {
        var compact = Words.Compact(text);
        var head = compact.Length > Reach ? compact[..Reach] : compact;
        foreach (var (name, shortName) in _provinces)
        {
            var at = head.IndexOf(name, StringComparison.Ordinal);
            if (at < 0 && shortName.Length >= 2 && head.StartsWith(shortName, StringComparison.Ordinal) && CityAt(head, 0) is null)
                at = 0;
            if (at < 0)
                continue;
            var rest = head[(at + (head.AsSpan(at).StartsWith(name) ? name.Length : shortName.Length))..];
            var city = CityAt(rest, 0);
            return new Place(name, city is not null && _cityProvince[city] == name ? city : null);
        }
        for (var i = 0; i < head.Length; i++)
        {
            if (CityAt(head, i) is { } city)
                return new Place(_cityProvince[city], city);
        }
        return null;
    }

    /// <summary>The city named at <paramref name="at"/>, followed by 市, 州, 盟 or 地区 as names are written.</summary>
    private string? CityAt(string text, int at)
    {
        for (var length = Math.Min(8, text.Length - at); length >= 2; length--)
        {
            if (!_cityLookup.TryGetValue(text.AsSpan(at, length), out var name, out _))
                continue;
            var after = text.AsSpan(at + length);
            if (after.StartsWith("市") || after.StartsWith("州") || after.StartsWith("盟") || after.StartsWith("地区") || after.StartsWith("自治州")
                || name.EndsWith('盟'))
                return name;
        }
        return null;
    }

    /// <summary>"湖南省" → 湖南; "广西壮族自治区" → 广西; "北京市" → 北京.</summary>
    private static string Short(string province)
    {
        foreach (var suffix in (string[])["壮族自治区", "回族自治区", "维吾尔自治区", "自治区", "省", "市"])
        {
            if (province.EndsWith(suffix, StringComparison.Ordinal))
                return province[..^suffix.Length];
        }
        return province;
    }

    internal static Places Parse(string yaml)
    {
        var stream = new YamlStream();
        stream.Load(new StringReader(yaml));
        return new Places((YamlMappingNode)stream.Documents[0].RootNode);
    }

    private static string ReadResource()
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream("Jixiao.Documents.Schemes.places.yaml")
            ?? throw new InvalidDataException("places.yaml is not embedded in Jixiao.Documents");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
