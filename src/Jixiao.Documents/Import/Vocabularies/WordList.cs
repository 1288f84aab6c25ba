using System.Buffers;
using YamlDotNet.RepresentationModel;

namespace Jixiao.Documents.Import.Vocabularies;

/// <summary>
/// One list of the lexicon: its words and where they were seen. Words and texts are compared as <see cref="Key"/> makes
/// them: without spaces, with ASCII colons and brackets as the full-width ones Chinese text uses.
/// </summary>
internal sealed class WordList
{
    private readonly string[] _longestFirst;
    private readonly HashSet<string> _set;
    private readonly SearchValues<string> _search;

    /// <summary>What <see cref="Key"/> removes or replaces: white space, ':', '(' and ')'.</summary>
    private static readonly SearchValues<char> Changed = SearchValues.Create(" \t\r\n\u3000\u00A0:()");

    private WordList(string name, string seen, IReadOnlyList<string> words)
    {
        Name = name;
        Seen = seen;
        Words = words;
        _longestFirst = [.. words.Select(Key).OrderByDescending(w => w.Length)];
        _search = SearchValues.Create(_longestFirst, StringComparison.Ordinal);
        _set = new HashSet<string>(_longestFirst, StringComparer.Ordinal);
    }

    public string Name { get; }

    public string Seen { get; }

    public IReadOnlyList<string> Words { get; }

    public bool Contains(string text) => _set.Contains(Key(text));

    /// <summary>The longest word <paramref name="text"/> starts with, or null.</summary>
    public string? Prefix(string text)
    {
        var key = Key(text);
        return _longestFirst.FirstOrDefault(w => key.StartsWith(w, StringComparison.Ordinal));
    }

    /// <summary>The longest word <paramref name="text"/> ends with, or null.</summary>
    public string? Suffix(string text)
    {
        var key = Key(text);
        return _longestFirst.FirstOrDefault(w => key.EndsWith(w, StringComparison.Ordinal));
    }

    /// <summary>Whether any word occurs in <paramref name="text"/>.</summary>
    public bool Occurs(string text)
    {
        return Key(text).AsSpan().IndexOfAny(_search) >= 0;
    }

    /// <summary>
    /// Where the first word occurring in <paramref name="text"/> at or after <paramref name="start"/> begins, or -1. The
    /// text is compared as <see cref="Key"/> makes it: callers pass it without white space, so positions are the text's.
    /// </summary>
    public int IndexIn(string text, int start = 0)
    {
        var at = Key(text).AsSpan(start).IndexOfAny(_search);
        return at < 0 ? -1 : start + at;
    }

    /// <summary>The text as words are compared: no white space; ':', '(' and ')' as '：', '（' and '）'.</summary>
    public static string Key(string text)
    {
        if (text.AsSpan().IndexOfAny(Changed) < 0)
            return text;
        var chars = new char[text.Length];
        var n = 0;
        foreach (var c in text)
        {
            if (Structure.Words.IsWhiteSpace(c))
                continue;
            chars[n++] = c switch { ':' => '：', '(' => '（', ')' => '）', _ => c };
        }
        return new string(chars, 0, n);
    }

    internal static WordList Of(YamlMappingNode root, string name)
    {
        var list = Lexicon.List(root, name);
        if (!list.Children.TryGetValue(new YamlScalarNode("words"), out var w) || w is not YamlSequenceNode words || words.Children.Count == 0)
            throw new InvalidDataException($"lexicon.yaml: “{name}” has no words");
        return new WordList(name, Lexicon.Scalar(list, "seen", name), [.. words.Children.Select(c => ((YamlScalarNode)c).Value ?? "")]);
    }
}
