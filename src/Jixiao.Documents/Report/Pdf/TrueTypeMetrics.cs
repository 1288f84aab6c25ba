using System.Buffers.Binary;

namespace Jixiao.Documents.Report.Pdf;

/// <summary>
/// What the layout needs from a TrueType file: which characters it has (cmap) and how wide each is (hmtx), read
/// once. Lets the PDF fall back to another font for a character instead of printing a box, and measure text
/// without a graphics context, on any thread.
/// </summary>
internal sealed class TrueTypeMetrics
{
    private readonly ushort[] _bmp = new ushort[0x10000];
    private readonly Dictionary<int, ushort> _supplementary = [];
    private readonly ushort[] _advances;
    private readonly double _unitsPerEm;

    private TrueTypeMetrics(ReadOnlySpan<byte> font)
    {
        var head = Table(font, "head");
        _unitsPerEm = BinaryPrimitives.ReadUInt16BigEndian(head[18..]);
        var hhea = Table(font, "hhea");
        var metrics = BinaryPrimitives.ReadUInt16BigEndian(hhea[34..]);
        var hmtx = Table(font, "hmtx");
        _advances = new ushort[metrics];
        for (var i = 0; i < metrics; i++)
            _advances[i] = BinaryPrimitives.ReadUInt16BigEndian(hmtx[(i * 4)..]);
        ReadCmap(Table(font, "cmap"));
    }

    /// <exception cref="InvalidDataException">When the file is not a TrueType font this reader understands.</exception>
    public static TrueTypeMetrics Read(ReadOnlySpan<byte> font)
    {
        try
        {
            return new TrueTypeMetrics(font);
        }
        catch (ArgumentOutOfRangeException e)
        {
            throw new InvalidDataException("字体文件已损坏或不是 TrueType 字体", e);
        }
    }

    public bool Has(int codePoint) => Glyph(codePoint) != 0;

    /// <summary>The advance width of <paramref name="codePoint"/> in ems (0 when the font lacks it).</summary>
    public double Advance(int codePoint)
    {
        var glyph = Glyph(codePoint);
        if (glyph == 0)
            return 0;
        var advance = _advances[Math.Min(glyph, _advances.Length - 1)];
        return advance / _unitsPerEm;
    }

    private ushort Glyph(int codePoint) =>
        codePoint < 0x10000 ? _bmp[codePoint] : _supplementary.GetValueOrDefault(codePoint);

    private static ReadOnlySpan<byte> Table(ReadOnlySpan<byte> font, string tag)
    {
        if (BinaryPrimitives.ReadUInt32BigEndian(font) == 0x74746366) // 'ttcf'
            throw new InvalidDataException("字体集合（.ttc）不受支持，请改用单个 .ttf 字体");
        var count = BinaryPrimitives.ReadUInt16BigEndian(font[4..]);
        for (var i = 0; i < count; i++)
        {
            var record = font.Slice(12 + (i * 16), 16);
            if (record[0] == tag[0] && record[1] == tag[1] && record[2] == tag[2] && record[3] == tag[3])
            {
                var offset = (int)BinaryPrimitives.ReadUInt32BigEndian(record[8..]);
                var length = (int)BinaryPrimitives.ReadUInt32BigEndian(record[12..]);
                return font.Slice(offset, Math.Min(length, font.Length - offset));
            }
        }
        throw new InvalidDataException($"字体缺少 {tag} 表");
    }

    /// <summary>Reads the Unicode subtables: format 12 (full range) when present, and format 4 (BMP).</summary>
    private void ReadCmap(ReadOnlySpan<byte> cmap)
    {
        var count = BinaryPrimitives.ReadUInt16BigEndian(cmap[2..]);
        int format4 = -1, format12 = -1;
        for (var i = 0; i < count; i++)
        {
            var record = cmap.Slice(4 + (i * 8), 8);
            var platform = BinaryPrimitives.ReadUInt16BigEndian(record);
            var encoding = BinaryPrimitives.ReadUInt16BigEndian(record[2..]);
            var offset = (int)BinaryPrimitives.ReadUInt32BigEndian(record[4..]);
            var format = BinaryPrimitives.ReadUInt16BigEndian(cmap[offset..]);
            var unicode = platform == 0 || (platform == 3 && encoding is 1 or 10);
            if (unicode && format == 4 && format4 < 0)
                format4 = offset;
            else if (unicode && format == 12 && format12 < 0)
                format12 = offset;
        }
        if (format4 >= 0)
            ReadFormat4(cmap[format4..]);
        if (format12 >= 0)
            ReadFormat12(cmap[format12..]);
    }

    private void ReadFormat4(ReadOnlySpan<byte> table)
    {
        var segments = BinaryPrimitives.ReadUInt16BigEndian(table[6..]) / 2;
        var ends = 14;
        var starts = ends + (segments * 2) + 2;
        var deltas = starts + (segments * 2);
        var rangeOffsets = deltas + (segments * 2);
        for (var s = 0; s < segments; s++)
        {
            int end = BinaryPrimitives.ReadUInt16BigEndian(table[(ends + (s * 2))..]);
            int start = BinaryPrimitives.ReadUInt16BigEndian(table[(starts + (s * 2))..]);
            var delta = BinaryPrimitives.ReadInt16BigEndian(table[(deltas + (s * 2))..]);
            var rangeAt = rangeOffsets + (s * 2);
            int rangeOffset = BinaryPrimitives.ReadUInt16BigEndian(table[rangeAt..]);
            for (var c = start; c <= end && c < 0xFFFF; c++)
            {
                int glyph;
                if (rangeOffset == 0)
                {
                    glyph = (c + delta) & 0xFFFF;
                }
                else
                {
                    var at = rangeAt + rangeOffset + ((c - start) * 2);
                    if (at + 2 > table.Length)
                        break;
                    glyph = BinaryPrimitives.ReadUInt16BigEndian(table[at..]);
                    if (glyph != 0)
                        glyph = (glyph + delta) & 0xFFFF;
                }
                _bmp[c] = (ushort)glyph;
            }
        }
    }

    private void ReadFormat12(ReadOnlySpan<byte> table)
    {
        var groups = (int)BinaryPrimitives.ReadUInt32BigEndian(table[12..]);
        for (var g = 0; g < groups; g++)
        {
            var group = table.Slice(16 + (g * 12), 12);
            var start = (int)BinaryPrimitives.ReadUInt32BigEndian(group);
            var end = (int)BinaryPrimitives.ReadUInt32BigEndian(group[4..]);
            var glyph = (int)BinaryPrimitives.ReadUInt32BigEndian(group[8..]);
            for (var c = start; c <= end && c <= 0x10FFFF; c++, glyph++)
            {
                if (c < 0x10000)
                    _bmp[c] = (ushort)glyph;
                else
                    _supplementary[c] = (ushort)glyph;
            }
        }
    }
}
