using System.Text;

namespace Jixiao.Documents.Files;

/// <summary>
/// File names made from document text (a department's name): without control characters or path separators,
/// short enough for the file system. Done once here, for the CLI and the web exports alike.
/// </summary>
public static class FileNames
{
    /// <summary>A file name's limit on Linux (and most file systems), in bytes of UTF-8: 85 Chinese characters.</summary>
    public const int MaxBytes = 255;

    private const string Unnamed = "未命名";

    /// <summary>
    /// <paramref name="text"/> as the stem of a file name that leaves <paramref name="reservedBytes"/> (UTF-8) for
    /// what the caller appends (a suffix, an extension): control characters removed, separators and characters
    /// Windows refuses replaced by _, cut at a whole character.
    /// </summary>
    public static string Stem(string text, int reservedBytes = 0)
    {
        var limit = Math.Max(MaxBytes - reservedBytes, 1);
        var name = new StringBuilder(text.Length);
        var bytes = 0;
        foreach (var rune in Clean(text).EnumerateRunes())
        {
            bytes += rune.Utf8SequenceLength;
            if (bytes > limit)
                break;
            name.Append(rune.ToString());
        }
        var stem = name.ToString().TrimEnd(' ', '.');
        return stem.Length == 0 ? Unnamed : stem;
    }

    private static string Clean(string text)
    {
        var clean = new StringBuilder(text.Length);
        foreach (var rune in text.EnumerateRunes())
        {
            if (Rune.IsControl(rune) || rune == Rune.ReplacementChar)
                continue;
            clean.Append(rune.Value is '/' or '\\' or ':' or '*' or '?' or '"' or '<' or '>' or '|' ? "_" : rune.ToString());
        }
        // A leading dot hides the file; surrounding spaces are never meant.
        return clean.ToString().Trim().TrimStart('.');
    }
}
