using System.Text;

namespace Jixiao.Documents.Report.Pdf;

/// <summary>
/// Breaks text into lines the way Chinese typesetting does: between any two Chinese characters, never inside a
/// number or Latin word ("6,612.3", "2022"), closing punctuation never at a line start (it hangs in the margin)
/// and opening punctuation never at a line end (避头尾). Widths come from the fonts' own metrics.
/// </summary>
internal sealed class LineBreaker(PdfFontSet fonts)
{
    private const string NoStart = "，。、；：？！）》」』】〕〉〗”’…—%·．,.;:?!)]}>％";
    private const string NoEnd = "（《「『【〔〈〖“‘([{<";

    /// <param name="hang">Whether closing punctuation may hang past the right edge (body text); in a table cell it
    /// may not, so the character before it moves down with it instead.</param>
    public List<TextLine> Wrap(string text, double size, double firstWidth, double width, bool hang = true)
    {
        var lines = new List<TextLine>();
        var tokens = Tokens(text, size, width);
        var line = new List<(int Start, int End)>();
        var lineWidth = 0.0;
        var available = firstWidth;
        foreach (var token in tokens)
        {
            var w = Width(text, token, size);
            var blank = char.IsWhiteSpace(text[token.Start]);
            if (line.Count == 0 && blank)
                continue;
            if (line.Count == 0 || lineWidth + w <= available + 0.01 || (hang && IsSingle(text, token, NoStart)))
            {
                line.Add(token);
                lineWidth += w;
                continue;
            }
            var carry = new List<(int Start, int End)>();
            if (!hang && IsSingle(text, token, NoStart) && line.Count > 1 && !char.IsWhiteSpace(text[line[^1].Start]))
            {
                carry.Add(line[^1]);
                line.RemoveAt(line.Count - 1);
            }
            while (line.Count > 1 && IsSingle(text, line[^1], NoEnd))
            {
                carry.Insert(0, line[^1]);
                line.RemoveAt(line.Count - 1);
            }
            lines.Add(Build(text, line, size));
            line = carry;
            lineWidth = carry.Sum(t => Width(text, t, size));
            available = width;
            if (!blank)
            {
                line.Add(token);
                lineWidth += w;
            }
        }
        if (line.Count > 0 || lines.Count == 0)
            lines.Add(Build(text, line, size));
        return lines;
    }

    public double Width(string text, double size)
    {
        var total = 0.0;
        foreach (var rune in text.EnumerateRunes())
            total += Advance(rune.Value, out _) * size;
        return total;
    }

    private TextLine Build(string text, List<(int Start, int End)> tokens, double size)
    {
        var runs = new List<TextRun>(2);
        var sb = new StringBuilder();
        var fallback = false;
        var runWidth = 0.0;
        var total = 0.0;
        foreach (var (start, end) in tokens)
        {
            var at = start;
            while (at < end)
            {
                var rune = Rune.GetRuneAt(text, at);
                var w = Advance(rune.Value, out var useFallback) * size;
                if (sb.Length > 0 && useFallback != fallback)
                {
                    runs.Add(new TextRun(sb.ToString(), fallback, runWidth));
                    sb.Clear();
                    runWidth = 0;
                }
                fallback = useFallback;
                sb.Append(text, at, rune.Utf16SequenceLength);
                runWidth += w;
                total += w;
                at += rune.Utf16SequenceLength;
            }
        }
        if (sb.Length > 0)
            runs.Add(new TextRun(sb.ToString(), fallback, runWidth));
        return new TextLine(runs, total);
    }

    /// <summary>Width in ems, and whether the character must come from the fallback font.</summary>
    private double Advance(int codePoint, out bool fallback)
    {
        fallback = false;
        if (fonts.Main.Has(codePoint))
            return fonts.Main.Advance(codePoint);
        if (fonts.Fallback is { } f && f.Has(codePoint))
        {
            fallback = true;
            return f.Advance(codePoint);
        }
        // Neither font has it: the main font draws its empty glyph; reserve a character's room.
        return codePoint >= 0x2E80 ? 1.0 : 0.5;
    }

    private double Width(string text, (int Start, int End) token, double size)
    {
        var total = 0.0;
        var at = token.Start;
        while (at < token.End)
        {
            var rune = Rune.GetRuneAt(text, at);
            total += Advance(rune.Value, out _) * size;
            at += rune.Utf16SequenceLength;
        }
        return total;
    }

    private static bool IsSingle(string text, (int Start, int End) token, string set) =>
        token.End - token.Start == 1 && set.Contains(text[token.Start], StringComparison.Ordinal);

    /// <summary>
    /// Each Chinese character or symbol is a token; a run of Latin letters, digits and their punctuation is one,
    /// unless it is longer than a line (a URL), when its characters are tokens of their own.
    /// </summary>
    private List<(int Start, int End)> Tokens(string text, double size, double width)
    {
        var tokens = new List<(int Start, int End)>(text.Length);
        var i = 0;
        while (i < text.Length)
        {
            var rune = Rune.GetRuneAt(text, i);
            var end = i + rune.Utf16SequenceLength;
            if (IsWordChar(rune))
            {
                while (end < text.Length && IsWordChar(Rune.GetRuneAt(text, end)))
                    end += Rune.GetRuneAt(text, end).Utf16SequenceLength;
                if (Width(text, (i, end), size) > width)
                {
                    for (var at = i; at < end; at += Rune.GetRuneAt(text, at).Utf16SequenceLength)
                        tokens.Add((at, at + Rune.GetRuneAt(text, at).Utf16SequenceLength));
                    i = end;
                    continue;
                }
            }
            tokens.Add((i, end));
            i = end;
        }
        return tokens;
    }

    private static bool IsWordChar(Rune rune) => rune.Value < 0x2000 && !Rune.IsWhiteSpace(rune);
}
