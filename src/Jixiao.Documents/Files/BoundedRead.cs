namespace Jixiao.Documents.Files;

/// <summary>Reads a stream whole, up to a limit, for inputs whose length cannot be known first (a pipe, standard input).</summary>
public static class BoundedRead
{
    /// <summary>The stream's bytes, or null when it holds more than <paramref name="maxBytes"/> (reading stops there).</summary>
    public static byte[]? All(Stream stream, long maxBytes)
    {
        if (stream.CanSeek && stream.Length - stream.Position > maxBytes)
            return null;
        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int read;
        while ((read = stream.Read(chunk)) > 0)
        {
            if (buffer.Length + read > maxBytes)
                return null;
            buffer.Write(chunk, 0, read);
        }
        return buffer.ToArray();
    }
}
