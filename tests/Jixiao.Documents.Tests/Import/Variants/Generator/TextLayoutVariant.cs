using System.Text;

namespace Jixiao.Documents.Tests.Import.Variants.Generator;

/// <summary>A variant written as UTF-8 text: the document's lines with some laid out anew.</summary>
internal abstract class TextLayoutVariant : LayoutVariant
{
    private static readonly UTF8Encoding Utf8 = new(false);

    public override string Extension => "txt";

    /// <summary>The variant's lines, or null when the document lacks what the variant changes (the reason in <see cref="Missing"/>).</summary>
    public abstract IReadOnlyList<string>? Lines(VariantSource source);

    /// <summary>What a document must have for <see cref="Lines"/> to change it, in words.</summary>
    protected abstract string Missing { get; }

    public override string? NotApplicable(VariantSource source) =>
        Lines(source) is not { } lines ? Missing
        : lines.SequenceEqual(source.RawLines, StringComparer.Ordinal) ? "the document is already laid out this way"
        : null;

    public override void Write(VariantSource source, string path) =>
        AtomicFile.Write(path, temp => File.WriteAllText(temp, string.Join('\n', Lines(source)!) + "\n", Utf8));
}
