using System.IO.Compression;
using System.Text;

namespace Jixiao.Documents.Tests.Fuzz;

/// <summary>
/// One change to an input, of the kinds that break readers: cut short, bytes flipped, a hostile piece inserted
/// (numbers beyond decimal, control characters, deep nesting), a piece repeated. For a DOCX or XLSX the change is
/// made inside one part of the package, so it reaches the XML, not only the zip's checksum.
/// </summary>
internal abstract record Mutation
{
    /// <summary>Hostile pieces to insert; each has broken a parser somewhere.</summary>
    public static readonly string[] Payloads =
    [
        "79228162514264337593543950336", "79000000000000000000000000000", "1e400", "-0.00000000000000000000000000001",
        "999999999999999999999999999999999999万元", "-6612.3", "NaN", "\0", "\v", "\a", "\u001b[2J", "\uFFFE", "\uD800",
        new string('[', 5000), new string('{', 5000), string.Concat(Enumerable.Repeat("- ", 3000)), string.Concat(Enumerable.Repeat("<w:p>", 3000)),
        "&a [x, x, x, x, x, x, x, x, x, x]\nb: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a, *a]\n", "? [a, b]\n: c\n", "*undefined",
        "<!DOCTYPE x [<!ENTITY a \"aaaaaaaaaa\"><!ENTITY b \"&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;\">]>", "%PDF-1.7\n", "%%EOF", "PK\u0003\u0004",
        "年初预算数 6,612.3 万元，执行数 6,247.8 万元，执行率 94.5%\n", "\t\t\t\t|||||",
    ];

    public abstract byte[] ApplyToBytes(byte[] input);

    /// <summary>The mutation applied to <paramref name="name"/>'s content: inside a part for zip packages, to the bytes otherwise.</summary>
    public byte[] Apply(string name, byte[] input, int part) =>
        name.EndsWith(".docx", StringComparison.Ordinal) || name.EndsWith(".xlsx", StringComparison.Ordinal)
            ? InPart(input, part)
            : ApplyToBytes(input);

    private byte[] InPart(byte[] package, int part)
    {
        using var source = new ZipArchive(new MemoryStream(package), ZipArchiveMode.Read);
        using var output = new MemoryStream();
        using (var target = new ZipArchive(output, ZipArchiveMode.Create, leaveOpen: true))
        {
            var chosen = part % source.Entries.Count;
            for (var i = 0; i < source.Entries.Count; i++)
            {
                var entry = source.Entries[i];
                using var read = entry.Open();
                using var buffer = new MemoryStream();
                read.CopyTo(buffer);
                var bytes = i == chosen ? ApplyToBytes(buffer.ToArray()) : buffer.ToArray();
                using var write = target.CreateEntry(entry.FullName).Open();
                write.Write(bytes);
            }
        }
        return output.ToArray();
    }

    /// <summary>The input cut at a fraction of its length.</summary>
    public sealed record Truncate(double At) : Mutation
    {
        public override byte[] ApplyToBytes(byte[] input) => input[..(int)(input.Length * At)];
    }

    /// <summary>Bytes at fractions of the length set to the given values.</summary>
    public sealed record Flip(double[] At, byte[] Values) : Mutation
    {
        public override byte[] ApplyToBytes(byte[] input)
        {
            var output = (byte[])input.Clone();
            if (output.Length == 0)
                return output;
            for (var i = 0; i < At.Length; i++)
                output[(int)(At[i] * (output.Length - 1))] = Values[i % Values.Length];
            return output;
        }
    }

    /// <summary>One of <see cref="Payloads"/> inserted at a fraction of the length.</summary>
    public sealed record Insert(double At, int Payload) : Mutation
    {
        public override byte[] ApplyToBytes(byte[] input)
        {
            var at = (int)(input.Length * At);
            return [.. input[..at], .. Encoding.UTF8.GetBytes(Payloads[Payload % Payloads.Length]), .. input[at..]];
        }
    }

    /// <summary>A piece of the input repeated, up to a megabyte.</summary>
    public sealed record Repeat(double At, int Length, int Times) : Mutation
    {
        public override byte[] ApplyToBytes(byte[] input)
        {
            var start = (int)(input.Length * At);
            var piece = input.AsSpan(start, Math.Min(Length, input.Length - start)).ToArray();
            var times = piece.Length == 0 ? 0 : Math.Min(Times, (1 << 20) / piece.Length);
            return [.. input[..start], .. Enumerable.Repeat(piece, times).SelectMany(p => p), .. input[start..]];
        }
    }
}
