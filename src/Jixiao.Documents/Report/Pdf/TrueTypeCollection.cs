using System.Buffers.Binary;

namespace Jixiao.Documents.Report.Pdf;

/// <summary>
/// Takes one font out of a TrueType collection (.ttc): PDFsharp reads single fonts only, and Debian ships its Hei
/// and Ming faces (WenQuanYi Zen Hei, AR PL UMing) as collections. The face's table directory is copied with its
/// tables laid out after it and the offsets rewritten; the tables themselves, and so their checksums, are unchanged.
/// </summary>
internal static class TrueTypeCollection
{
    public static bool IsCollection(ReadOnlySpan<byte> font) => font.Length >= 12 && BinaryPrimitives.ReadUInt32BigEndian(font) == 0x74746366; // 'ttcf'

    /// <exception cref="InvalidDataException">When the file is not a collection or has no face <paramref name="index"/>.</exception>
    public static byte[] Extract(byte[] collection, int index)
    {
        if (!IsCollection(collection))
            throw new InvalidDataException("不是 TrueType 字体集合（.ttc）");
        try
        {
            var count = (int)BinaryPrimitives.ReadUInt32BigEndian(collection.AsSpan(8));
            if (index < 0 || index >= count)
                throw new InvalidDataException($"字体集合只有 {count} 个字体，没有第 {index + 1} 个");
            var offset = (int)BinaryPrimitives.ReadUInt32BigEndian(collection.AsSpan(12 + (index * 4)));
            var tables = BinaryPrimitives.ReadUInt16BigEndian(collection.AsSpan(offset + 4));
            var directory = 12 + (tables * 16);
            var size = directory;
            for (var i = 0; i < tables; i++)
                size += Padded((int)BinaryPrimitives.ReadUInt32BigEndian(collection.AsSpan(offset + 12 + (i * 16) + 12)));
            var font = new byte[size];
            Array.Copy(collection, offset, font, 0, 12);
            var at = directory;
            for (var i = 0; i < tables; i++)
            {
                var record = offset + 12 + (i * 16);
                var tableOffset = (int)BinaryPrimitives.ReadUInt32BigEndian(collection.AsSpan(record + 8));
                var length = (int)BinaryPrimitives.ReadUInt32BigEndian(collection.AsSpan(record + 12));
                Array.Copy(collection, record, font, 12 + (i * 16), 16);
                BinaryPrimitives.WriteUInt32BigEndian(font.AsSpan(12 + (i * 16) + 8), (uint)at);
                Array.Copy(collection, tableOffset, font, at, length);
                at += Padded(length);
            }
            return font;
        }
        catch (ArgumentException e)
        {
            throw new InvalidDataException("字体集合（.ttc）已损坏", e);
        }
    }

    private static int Padded(int length) => (length + 3) & ~3;
}
