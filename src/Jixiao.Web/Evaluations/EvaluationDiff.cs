using Jixiao.Documents.Evaluations;
using YamlDotNet.RepresentationModel;

namespace Jixiao.Web.Evaluations;

/// <summary>What changed between two revisions, one line per field: "全年预算数：6612.3 → 6700".</summary>
public static class EvaluationDiff
{
    private const int LongText = 40;

    public static IReadOnlyList<string> Describe(string before, string after)
    {
        var old = Flatten(before);
        var now = Flatten(after);
        var lines = new List<string>();
        foreach (var (path, value) in now)
        {
            if (!old.TryGetValue(path, out var was))
                lines.Add($"{Label(path)}：（空）→ {Short(value)}");
            else if (was != value)
                lines.Add($"{Label(path)}：{Short(was)} → {Short(value)}");
        }
        foreach (var (path, was) in old)
        {
            if (!now.ContainsKey(path))
                lines.Add($"{Label(path)}：{Short(was)} →（空）");
        }
        return lines;
    }

    private static string Label(string path) =>
        path.StartsWith("figures.", StringComparison.Ordinal) && FigureFields.Find(path["figures.".Length..]) is { } f ? f.Label : path;

    private static string Short(string text)
    {
        var one = text.ReplaceLineEndings(" ");
        return one.Length <= LongText ? one : string.Concat(one.AsSpan(0, LongText), "…");
    }

    private static Dictionary<string, string> Flatten(string yaml)
    {
        var result = new Dictionary<string, string>(StringComparer.Ordinal);
        if (string.IsNullOrWhiteSpace(yaml))
            return result;
        var stream = new YamlStream();
        stream.Load(new StringReader(yaml));
        if (stream.Documents.Count > 0)
            Walk(stream.Documents[0].RootNode, "", result);
        return result;
    }

    private static void Walk(YamlNode node, string path, Dictionary<string, string> into)
    {
        switch (node)
        {
            case YamlMappingNode map:
                foreach (var (key, value) in map.Children)
                    Walk(value, path.Length == 0 ? ((YamlScalarNode)key).Value ?? "" : $"{path}.{((YamlScalarNode)key).Value}", into);
                break;
            case YamlSequenceNode list:
                for (var i = 0; i < list.Children.Count; i++)
                    Walk(list.Children[i], $"{path}[{i + 1}]", into);
                break;
            case YamlScalarNode scalar:
                into[path] = scalar.Value ?? "";
                break;
        }
    }
}
