using Jixiao.Documents.Import.Extraction;

namespace Jixiao.Documents.Import.Structure;

/// <summary>
/// A paragraph as its author wrote it: consecutive text lines joined where a line or page break cut a sentence
/// ("执" / "行数 6385.04 万元"), or the text of one table cell. Keeps which source line each character came from,
/// so a figure read anywhere in it is located exactly.
/// </summary>
internal sealed class Passage
{
    private readonly List<Segment> _segments = [];
    private string _text = "";
    private CompactText? _compact;

    /// <param name="raw">The text as written, when it is not the line's own (a table cell).</param>
    public Passage(SourceLine line, string text, bool isCell = false, string? raw = null)
    {
        var trimmed = text.Trim();
        _segments.Add(new Segment(0, line, raw ?? line.Text, trimmed));
        _text = trimmed;
        IsCell = isCell;
    }

    public string Text => _text;

    /// <summary>The text as the vocabulary matches it, made once: the sentence reader and the narrative checks both read it.</summary>
    public CompactText Compact => _compact ??= CompactText.Of(_text);

    public SourceLine Line => _segments[0].Line;

    /// <summary>The text from <paramref name="start"/> to <paramref name="end"/> as the document writes it, for quotes.</summary>
    public string Quote(int start, int end)
    {
        var parts = new List<string>();
        foreach (var segment in _segments)
        {
            var from = Math.Max(start, segment.Start);
            var to = Math.Min(end, segment.Start + segment.Clean.Length);
            if (to > from)
                parts.Add(RawAlignment.Between(segment.Raw, segment.Clean, from - segment.Start, to - segment.Start));
        }
        return Words.Clip(string.Concat(parts).Trim());
    }

    /// <summary>True for the text of a table cell rather than of a paragraph.</summary>
    public bool IsCell { get; }

    /// <summary>Continues the paragraph with the next source line; Chinese needs no space at a line break.</summary>
    public void Append(SourceLine line, string text)
    {
        var trimmed = text.Trim();
        var separator = _text.Length > 0 && trimmed.Length > 0 && IsAsciiWord(_text[^1]) && IsAsciiWord(trimmed[0]) ? " " : "";
        _segments.Add(new Segment(_text.Length + separator.Length, line, line.Text, trimmed));
        _text += separator + trimmed;
        _compact = null;
    }

    public SourceLine LineAt(int offset)
    {
        var line = _segments[0].Line;
        foreach (var segment in _segments)
        {
            if (segment.Start > offset)
                break;
            line = segment.Line;
        }
        return line;
    }

    private static bool IsAsciiWord(char c) => char.IsAsciiLetter(c);

    /// <summary>One source line of the paragraph: where it starts in <see cref="Text"/>, and its text as written and cleaned.</summary>
    private sealed record Segment(int Start, SourceLine Line, string Raw, string Clean);
}
