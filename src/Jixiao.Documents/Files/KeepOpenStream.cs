namespace Jixiao.Documents.Files;

/// <summary>
/// Passes everything through to a file except closing it: writers dispose the stream they were given (a zip
/// archive writes its directory then), and the atomic file still has to flush and rename it afterwards.
/// </summary>
internal sealed class KeepOpenStream(FileStream inner) : Stream
{
    public override bool CanRead => inner.CanRead;

    public override bool CanSeek => inner.CanSeek;

    public override bool CanWrite => inner.CanWrite;

    public override long Length => inner.Length;

    public override long Position
    {
        get => inner.Position;
        set => inner.Position = value;
    }

    public override void Flush() => inner.Flush();

    public override int Read(byte[] buffer, int offset, int count) => inner.Read(buffer, offset, count);

    public override int Read(Span<byte> buffer) => inner.Read(buffer);

    public override long Seek(long offset, SeekOrigin origin) => inner.Seek(offset, origin);

    public override void SetLength(long value) => inner.SetLength(value);

    public override void Write(byte[] buffer, int offset, int count) => inner.Write(buffer, offset, count);

    public override void Write(ReadOnlySpan<byte> buffer) => inner.Write(buffer);

    public override void WriteByte(byte value) => inner.WriteByte(value);

    protected override void Dispose(bool disposing)
    {
        if (disposing && inner.CanWrite)
            inner.Flush();
        base.Dispose(disposing);
    }
}
