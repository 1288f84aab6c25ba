using System.Text.Json.Nodes;

namespace Jixiao.Documents.Tests.Import.Variants.Generator;

/// <summary>
/// One way of laying out a corpus document again — another format, another table geometry, another wrapper — that
/// states the same facts, so the import must give the same fields as the document's truth.
/// </summary>
internal abstract class LayoutVariant
{
    /// <summary>The variant's name: its folder in the output and its column in known-failures.txt ("space-aligned").</summary>
    public abstract string Name { get; }

    /// <summary>The extension of the file the import reads ("txt", "docx", "xlsx", "pdf").</summary>
    public abstract string Extension { get; }

    /// <summary>The extension <see cref="Write"/> writes: "docx" for a PDF, which LibreOffice prints from it afterwards.</summary>
    public virtual string WrittenExtension => Extension;

    /// <summary>Why the variant does not apply to the document (it has no table to re-lay …); null when it does.</summary>
    public abstract string? NotApplicable(VariantSource source);

    /// <summary>Writes the variant of a document it applies to at <paramref name="path"/>.</summary>
    public abstract void Write(VariantSource source, string path);

    /// <summary>The truth of the variant file: the document's own, unless the variant changes what the document states (its unit).</summary>
    public virtual JsonObject Truth(VariantSource source, string fileName) => source.TruthFor(fileName);
}
