using YamlDotNet.RepresentationModel;

namespace Jixiao.Documents.Import.Vocabularies;

/// <summary>
/// An ordered list of "this text is that kind" rules from the lexicon (header → column, row label → line of money): the
/// first rule with a word the text contains, equals or starts with decides.
/// </summary>
internal sealed class ClassifyRules<T>
    where T : struct, Enum
{
    private readonly (T Value, string[] Contains, string[] Exact, string[] Starts)[] _rules;

    private ClassifyRules((T, string[], string[], string[])[] rules) => _rules = rules;

    /// <summary>The kind of <paramref name="text"/> (compared as written: callers pass it compacted), or null.</summary>
    public T? Classify(string text)
    {
        foreach (var (value, contains, exact, starts) in _rules)
        {
            foreach (var word in exact)
            {
                if (text == word)
                    return value;
            }
            foreach (var word in contains)
            {
                if (text.Contains(word, StringComparison.Ordinal))
                    return value;
            }
            foreach (var word in starts)
            {
                if (text.StartsWith(word, StringComparison.Ordinal))
                    return value;
            }
        }
        return null;
    }

    internal static ClassifyRules<T> Of(YamlMappingNode root, string name, string key)
    {
        var list = Lexicon.List(root, name);
        if (!list.Children.TryGetValue(new YamlScalarNode("rules"), out var node) || node is not YamlSequenceNode rules || rules.Children.Count == 0)
            throw new InvalidDataException($"lexicon.yaml: “{name}” has no rules");
        var parsed = new List<(T, string[], string[], string[])>();
        foreach (var rule in rules.Children.Cast<YamlMappingNode>())
        {
            var kind = Lexicon.Scalar(rule, key, name);
            if (!Enum.TryParse<T>(kind, out var value))
                throw new InvalidDataException($"lexicon.yaml: “{name}” names an unknown {key} “{kind}” (line {rule.Start.Line})");
            parsed.Add((value, Words(rule, "contains"), Words(rule, "exact"), Words(rule, "starts")));
        }
        return new ClassifyRules<T>([.. parsed]);
    }

    private static string[] Words(YamlMappingNode rule, string key) =>
        rule.Children.TryGetValue(new YamlScalarNode(key), out var node) && node is YamlSequenceNode words
            ? [.. words.Children.Select(w => ((YamlScalarNode)w).Value ?? "")]
            : [];
}
