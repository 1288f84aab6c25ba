using System.Text;

namespace Jixiao.Documents.Report.Pdf;

/// <summary>
/// Breaks text into lines the way Chinese typesetting does: between any two Chinese characters, never inside a
/// number or Latin word ("6,612.30", "2022"), with the line-start and line-end rules (避头尾): closing punctuation
/// never starts a line — the character before it moves down with it, nothing hangs into the margin — and opening
/// punctuation never ends one. Digits and Latin letters are set in the Latin face, as the DOCX sets them in Times
/// New Roman; widths come from the faces' own metrics, less the tracking that fits 28 characters to a line.
/// </summary>
internal sealed class LineBreaker(PdfFontSet fonts)
{
    private const string NoStart = "，。、；：？！）》」』】〕〉〗”’…—%·．,.;:?!)]}>％";
    private const string NoEnd = "（《「『【〔〈〖“‘([{<";

    /// <param name="boldChars">How many characters at the start are bold (a run-in title such as "1.严格资产使用管理。").</param>
    public List<TextLine> Wrap(string text, FontRole role, double size, double firstWidth, double width, double tracking = 0, int boldChars = 0)
    {
        var lines = new List<TextLine>();
        var tokens = Tokens(text, role, size, tracking, width, boldChars);
        var line = new List<Token>();
        var lineWidth = 0.0;
        var available = firstWidth;
        foreach (var token in tokens)
        {
            if (line.Count == 0 && token.Space)
                continue;
            if (line.Count == 0 || lineWidth + token.Width <= available + 0.01)
            {
                line.Add(token);
                lineWidth += token.Width;
                continue;
            }
            var carry = new List<Token>();
            // Closing punctuation may not start the next line: the characters before it go down with it.
            if (IsSingle(text, token, NoStart))
            {
                while (line.Count > 1 && !line[^1].Space)
                {
                    carry.Insert(0, line[^1]);
                    line.RemoveAt(line.Count - 1);
                    if (!IsSingle(text, carry[0], NoStart))
                        break;
                }
            }
            while (line.Count > 1 && IsSingle(text, line[^1], NoEnd))
            {
                carry.Insert(0, line[^1]);
                line.RemoveAt(line.Count - 1);
            }
            while (line.Count > 0 && line[^1].Space)
                line.RemoveAt(line.Count - 1);
            lines.Add(Build(text, line, last: false));
            line = carry;
            lineWidth = carry.Sum(t => t.Width);
            available = width;
            if (!token.Space)
            {
                line.Add(token);
                lineWidth += token.Width;
            }
        }
        if (line.Count > 0 || lines.Count == 0)
            lines.Add(Build(text, line, last: true));
        return lines;
    }

    /// <summary>The natural width of <paramref name="text"/> set in <paramref name="role"/> at <paramref name="size"/> points.</summary>
    public double Width(string text, FontRole role, double size, double tracking = 0)
    {
        var total = 0.0;
        foreach (var rune in text.EnumerateRunes())
            total += (Advance(rune.Value, role, out _) * size) + tracking;
        return total;
    }

    private static TextLine Build(string text, List<Token> tokens, bool last)
    {
        var runs = new List<TextRun>(tokens.Count);
        var total = 0.0;
        foreach (var t in tokens)
        {
            runs.Add(new TextRun(text[t.Start..t.End], t.Role, t.Width, t.Space, t.Bold));
            total += t.Width;
        }
        return new TextLine(runs, total, last);
    }

    /// <summary>The face a character is drawn in, and its advance in ems.</summary>
    private double Advance(int codePoint, FontRole role, out FontRole used)
    {
        if (codePoint < 0x2000 && codePoint > ' ' && fonts.Face(FontRole.Latin) is { } latin && latin.Metrics.Has(codePoint))
        {
            used = FontRole.Latin;
            return latin.Metrics.Advance(codePoint);
        }
        foreach (var candidate in new[] { fonts.Face(role), fonts.Body, fonts.Face(FontRole.Symbols) })
        {
            if (candidate is not null && candidate.Metrics.Has(codePoint))
            {
                used = candidate.Role;
                return candidate.Metrics.Advance(codePoint);
            }
        }
        // No face has it: the role's face draws its empty glyph; reserve a character's room.
        used = role;
        return codePoint >= 0x2E80 ? 1.0 : 0.5;
    }

    private static bool IsSingle(string text, Token token, string set) =>
        token.End - token.Start == 1 && set.Contains(text[token.Start], StringComparison.Ordinal);

    /// <summary>
    /// Each Chinese character or symbol is a token; a run of Latin letters, digits and their punctuation is one,
    /// unless it is longer than a line (a URL), when its characters are tokens of their own. A token is one face.
    /// </summary>
    private List<Token> Tokens(string text, FontRole role, double size, double tracking, double width, int boldChars)
    {
        var tokens = new List<Token>(text.Length);
        var i = 0;
        while (i < text.Length)
        {
            var rune = Rune.GetRuneAt(text, i);
            var end = i + rune.Utf16SequenceLength;
            var w = (Advance(rune.Value, role, out var used) * size) + tracking;
            if (IsWordChar(rune))
            {
                var wordWidth = w;
                var wordEnd = end;
                while (wordEnd < text.Length && IsWordChar(Rune.GetRuneAt(text, wordEnd)))
                {
                    var next = Rune.GetRuneAt(text, wordEnd);
                    wordWidth += (Advance(next.Value, role, out _) * size) + tracking;
                    wordEnd += next.Utf16SequenceLength;
                }
                if (wordWidth <= width)
                {
                    tokens.Add(new Token(i, wordEnd, used, wordWidth, false, i < boldChars));
                    i = wordEnd;
                    continue;
                }
            }
            tokens.Add(new Token(i, end, used, w, Rune.IsWhiteSpace(rune), i < boldChars));
            i = end;
        }
        return tokens;
    }

    private static bool IsWordChar(Rune rune) => rune.Value < 0x2000 && !Rune.IsWhiteSpace(rune);

    private readonly record struct Token(int Start, int End, FontRole Role, double Width, bool Space, bool Bold);
}
