namespace Jixiao.Documents.Import.Readers.Geometry;

/// <summary>
/// A piece of a line between wide gaps and where it stands across the page: display columns for plain text (a CJK
/// character is two wide), points for a PDF. <see cref="End"/> is exclusive.
/// </summary>
internal readonly record struct Field(double Start, double End, string Text)
{
    public double Middle => (Start + End) / 2;

    /// <summary>How wide a CJK character of this text is (two display columns), from its measured width.</summary>
    public double Character
    {
        get
        {
            var width = 0;
            foreach (var c in Text)
                width += AlignedText.Width(c);
            return width == 0 ? 0 : (End - Start) / width * 2;
        }
    }

    /// <summary>How much of the two spans lie over each other (0 when apart).</summary>
    public double Overlap(double start, double end) => Math.Max(0, Math.Min(End, end) - Math.Max(Start, start));
}
