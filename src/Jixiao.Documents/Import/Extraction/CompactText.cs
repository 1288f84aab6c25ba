using Jixiao.Documents.Import.Structure;

namespace Jixiao.Documents.Import.Extraction;

/// <summary>
/// A passage's text as the vocabulary matches it: no whitespace, no quotation marks, ASCII brackets and clause
/// punctuation ("“三公”经费预算 12.8 万元，" → "三公经费预算12.8万元,"), with the offset of each character in the
/// original text so a match is located and quoted exactly.
/// </summary>
internal sealed class CompactText
{
    private readonly int[] _origin;

    /// <summary>How much of <see cref="_origin"/> is used: it is sized for the original text.</summary>
    private readonly int _length;

    private CompactText(string text, int[] origin, int length)
    {
        Text = text;
        _origin = origin;
        _length = length;
    }

    public string Text { get; }

    public static CompactText Of(string original)
    {
        // Every passage and long cell comes through here, some twice: fill arrays rather than a builder and a list.
        var origin = new int[original.Length];
        var buffer = original.Length <= 1024 ? stackalloc char[original.Length] : new char[original.Length];
        var n = 0;
        for (var i = 0; i < original.Length; i++)
        {
            var c = original[i];
            if (Words.IsWhiteSpace(c) || c is '“' or '”' or '"' or '‘' or '’' or '「' or '」' or '『' or '』' or '\'')
                continue;
            buffer[n] = c switch
            {
                '（' => '(',
                '）' => ')',
                '：' => ':',
                '，' => ',',
                '；' => ';',
                '！' => '!',
                '？' => '?',
                _ => c,
            };
            origin[n++] = i;
        }
        return new CompactText(new string(buffer[..n]), origin, n);
    }

    /// <summary>The original offset of compact position <paramref name="at"/>.</summary>
    public int OriginOf(int at) => _length == 0 ? 0 : _origin[Math.Clamp(at, 0, _length - 1)];

    /// <summary>The passage's text as the document writes it, from compact <paramref name="start"/> to <paramref name="end"/> (exclusive).</summary>
    public string Quote(Structure.Passage passage, int start, int end, int max = 100)
    {
        if (end <= start || _length == 0)
            return "";
        return Structure.Words.Clip(passage.Quote(OriginOf(start), OriginOf(end - 1) + 1), max);
    }
}
