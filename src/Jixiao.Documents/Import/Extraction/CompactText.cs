using System.Text;

namespace Jixiao.Documents.Import.Extraction;

/// <summary>
/// A passage's text as the vocabulary matches it: no whitespace, no quotation marks, ASCII brackets and clause
/// punctuation ("“三公”经费预算 12.8 万元，" → "三公经费预算12.8万元,"), with the offset of each character in the
/// original text so a match is located and quoted exactly.
/// </summary>
internal sealed class CompactText
{
    private readonly int[] _origin;

    private CompactText(string text, int[] origin)
    {
        Text = text;
        _origin = origin;
    }

    public string Text { get; }

    public static CompactText Of(string original)
    {
        var sb = new StringBuilder(original.Length);
        var origin = new List<int>(original.Length);
        for (var i = 0; i < original.Length; i++)
        {
            var c = original[i];
            if (char.IsWhiteSpace(c) || c is '“' or '”' or '"' or '‘' or '’' or '「' or '」' or '『' or '』' or '\'')
                continue;
            sb.Append(c switch
            {
                '（' => '(',
                '）' => ')',
                '：' => ':',
                '，' => ',',
                '；' => ';',
                '！' => '!',
                '？' => '?',
                _ => c,
            });
            origin.Add(i);
        }
        return new CompactText(sb.ToString(), [.. origin]);
    }

    /// <summary>The original offset of compact position <paramref name="at"/>.</summary>
    public int OriginOf(int at) => _origin.Length == 0 ? 0 : _origin[Math.Clamp(at, 0, _origin.Length - 1)];

    /// <summary>The passage's text as the document writes it, from compact <paramref name="start"/> to <paramref name="end"/> (exclusive).</summary>
    public string Quote(Structure.Passage passage, int start, int end, int max = 100)
    {
        if (end <= start || _origin.Length == 0)
            return "";
        return Structure.Words.Clip(passage.Quote(OriginOf(start), OriginOf(end - 1) + 1), max);
    }
}
