using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using Jixiao.Tests.Shared;

namespace Jixiao.Documents.Tests.Import.Variants.Generator;

/// <summary>
/// Writes every variant that applies to every document as OUTDIR/&lt;variant&gt;/&lt;document&gt;.&lt;ext&gt; with its truth
/// &lt;document&gt;.json beside it — the folder shape tools/score_import.py scores. The PDFs are printed by LibreOffice
/// from their Word files in one run for all (starting it costs more than converting).
/// </summary>
internal static class VariantSetWriter
{
    private static readonly JsonSerializerOptions Indented = new() { WriteIndented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };
    private static readonly UTF8Encoding Utf8 = new(false);

    /// <summary>The files written, and why the PDFs could not be made (null when they were, or none was needed).</summary>
    public static (IReadOnlyList<VariantFile> Files, string? PdfProblem) Write(IReadOnlyList<VariantSource> sources, IReadOnlyList<LayoutVariant> variants, string outDir)
    {
        var files = new List<VariantFile>();
        var printed = new List<(VariantFile File, string Docx)>();
        var staging = Path.Combine(outDir, ".pdf-sources");
        foreach (var variant in variants)
        {
            var folder = Path.Combine(outDir, variant.Name);
            Directory.CreateDirectory(folder);
            foreach (var source in sources.Where(s => variant.NotApplicable(s) is null))
            {
                var path = Path.Combine(folder, source.Name + "." + variant.Extension);
                var truth = Path.Combine(folder, source.Name + ".json");
                var file = new VariantFile(source.Name, variant.Name, path, truth);
                if (variant.WrittenExtension == variant.Extension)
                {
                    variant.Write(source, path);
                }
                else
                {
                    // LibreOffice names a PDF after its source, and all go to one folder: the names must be unique.
                    var written = Path.Combine(staging, variant.Name + "~" + source.Name + "." + variant.WrittenExtension);
                    Directory.CreateDirectory(staging);
                    variant.Write(source, written);
                    printed.Add((file, written));
                }
                var json = JsonSerializer.Serialize(variant.Truth(source, Path.GetFileName(path)), Indented);
                AtomicFile.Write(truth, temp => File.WriteAllText(temp, json + "\n", Utf8));
                files.Add(file);
            }
        }
        return (files, Print(printed, staging));
    }

    /// <summary>One LibreOffice run for all PDFs; each goes to its variant's folder.</summary>
    private static string? Print(List<(VariantFile File, string Docx)> printed, string staging)
    {
        if (printed.Count == 0)
            return null;
        var problem = Soffice.ConvertToPdf([.. printed.Select(p => p.Docx)], staging);
        foreach (var (file, docx) in printed)
        {
            var pdf = Path.ChangeExtension(docx, ".pdf");
            if (File.Exists(pdf))
                File.Move(pdf, file.Path, overwrite: true);
        }
        try
        {
            Directory.Delete(staging, recursive: true);
        }
        catch (IOException)
        {
            // LibreOffice may still hold its profile a moment; the folder is only scratch.
        }
        return problem;
    }
}
