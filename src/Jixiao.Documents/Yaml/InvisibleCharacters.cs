using System.Text;

namespace Jixiao.Documents.Yaml;

/// <summary>
/// The characters no evaluation text may hold: C0 control characters other than tab and line breaks, the non-characters
/// U+FFFE and U+FFFF, and lone surrogates. They cannot be written to DOCX or XLSX and cannot be seen: an evaluation
/// file that holds one is refused (<see cref="BoundedParser"/>), and the web form takes them out of what was typed or
/// pasted (they come with text copied from web pages, PDFs and spreadsheets).
/// </summary>
internal static class InvisibleCharacters
{
    public static bool IsRefused(Rune rune) =>
        (Rune.IsControl(rune) && rune.Value < 0x80 && rune.Value is not ('\t' or '\n' or '\r')) || rune.Value is 0xFFFE or 0xFFFF;

    /// <summary>The text without them; lone surrogates (not characters at all) go too.</summary>
    public static string Remove(string text)
    {
        if (!Any(text))
            return text;
        var clean = new StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            if (char.IsHighSurrogate(text[i]) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                clean.Append(text, i++, 2);
                continue;
            }
            if (char.IsSurrogate(text[i]) || IsRefused(new Rune(text[i])))
                continue;
            clean.Append(text[i]);
        }
        return clean.ToString();
    }

    /// <summary>Whether every surrogate in <paramref name="text"/> is half of a pair (a "\ud800" escape makes one that is not).</summary>
    public static bool HasNoLoneSurrogate(string text)
    {
        if (text.AsSpan().IndexOfAnyInRange('\uD800', '\uDFFF') < 0)
            return true;
        for (var i = 0; i < text.Length; i++)
        {
            if (char.IsHighSurrogate(text[i]) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
                i++;
            else if (char.IsSurrogate(text[i]))
                return false;
        }
        return true;
    }

    private static bool Any(string text)
    {
        foreach (var rune in text.EnumerateRunes())
        {
            if (IsRefused(rune))
                return true;
        }
        return !HasNoLoneSurrogate(text);
    }
}
