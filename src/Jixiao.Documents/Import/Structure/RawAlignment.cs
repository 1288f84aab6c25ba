namespace Jixiao.Documents.Import.Structure;

/// <summary>
/// Maps a cleaned line (<see cref="TextNormalizer"/>) back onto the line as written, so quotes show the document's own
/// characters ("1,864.29", "９８．７６％"). Cleaning only deletes characters (separators, gaps, bookmarks) or swaps one
/// for one (full-width forms), so walking both lines together and skipping what was deleted finds each position.
/// </summary>
internal static class RawAlignment
{
    /// <summary>For each index of <paramref name="clean"/>, the index of the same character in <paramref name="raw"/>.</summary>
    public static int[] Map(string raw, string clean)
    {
        var map = new int[clean.Length];
        var r = 0;
        for (var c = 0; c < clean.Length; c++)
        {
            var at = r;
            while (at < raw.Length && Fold(raw[at]) != clean[c])
                at++;
            if (at == raw.Length)
            {
                // Not found (should not happen): keep the rest proportional rather than fail a quote.
                map[c] = Math.Min(r, Math.Max(raw.Length - 1, 0));
                continue;
            }
            map[c] = at;
            r = at + 1;
        }
        return map;
    }

    /// <summary><paramref name="raw"/> from the character cleaned to <paramref name="start"/> to the one cleaned to <paramref name="end"/> − 1.</summary>
    public static string Between(string raw, string clean, int start, int end)
    {
        if (end <= start || clean.Length == 0 || raw.Length == 0)
            return "";
        var map = Map(raw, clean);
        var from = map[Math.Clamp(start, 0, map.Length - 1)];
        var to = map[Math.Clamp(end - 1, 0, map.Length - 1)] + 1;
        return to > from ? raw[from..to] : "";
    }

    private static char Fold(char c) => c switch
    {
        >= '\uFF01' and <= '\uFF5E' when c is not ('（' or '）' or '，' or '：' or '；' or '！' or '？') => (char)(c - 0xFEE0),
        '\u3000' or '\u00A0' or '\u2007' or '\u202F' => ' ',
        '\u2212' => '-',
        _ => c,
    };
}
