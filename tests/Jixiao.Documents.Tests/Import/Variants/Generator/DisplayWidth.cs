namespace Jixiao.Documents.Tests.Import.Variants.Generator;

/// <summary>How many columns text takes in a fixed-width font: a CJK or full-width character takes two.</summary>
internal static class DisplayWidth
{
    public static int Of(string text)
    {
        var width = 0;
        foreach (var c in text)
            width += Of(c);
        return width;
    }

    /// <summary>East Asian Wide and Fullwidth ranges (UAX #11), as a terminal or a text editor with a CJK font shows them.</summary>
    public static int Of(char c) =>
        c is (>= '\u1100' and <= '\u115F') or (>= '\u2E80' and <= '\u303E') or (>= '\u3040' and <= '\uA4CF')
            or (>= '\uAC00' and <= '\uD7A3') or (>= '\uF900' and <= '\uFAFF') or (>= '\uFE30' and <= '\uFE4F')
            or (>= '\uFF00' and <= '\uFF60') or (>= '\uFFE0' and <= '\uFFE6')
            ? 2
            : 1;
}
