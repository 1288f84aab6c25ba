using Jixiao.CorpusMaker;
using Jixiao.Documents.Import.Readers;
using Jixiao.Documents.Tests.Import.RoundTrip;
using Jixiao.Documents.Tests.Import.Variants.Generator;

// Usage (see bench/Jixiao.Bench/README.md, "Bulk import"):
//   text CORPUS_DIR OUT_DIR COUNT   COUNT text variants of the corpus documents, none byte-identical
//   docx TEXT_DIR OUT_DIR COUNT     the first COUNT text documents of TEXT_DIR as Word files (tables as tables)
//   variants CORPUS_DIR OUT_DIR [WRITTEN_DIR]
//                                   every layout variant of every document as OUT_DIR/<variant>/<doc>.<ext> + <doc>.json,
//                                   and of every written case as OUT_DIR/written/<variant>/written-<case>.<ext> + .json;
//                                   JIXIAO_VARIANTS=name,name limits it to those variants
if (args is ["variants", var corpus, var outDir, .. var rest] && rest.Length <= 1)
{
    var sources = VariantSource.Load(corpus).Concat(rest.Length == 1 ? VariantSource.Load(rest[0], "written") : []).ToList();
    var only = Environment.GetEnvironmentVariable("JIXIAO_VARIANTS")?.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
    var variants = VariantCatalog.All.Where(v => only is null || only.Contains(v.Name)).ToList();
    // All sets in one run, so LibreOffice starts once for every PDF.
    var (files, pdfProblem) = VariantSetWriter.Write(sources, variants, outDir);
    foreach (var set in sources.Select(s => s.Set).Distinct())
    {
        foreach (var variant in variants)
        {
            var made = files.Count(f => f.Variant == variant.Name && sources.Any(s => s.Set == set && s.Name == f.Document));
            if (made > 0)
                Console.Error.WriteLine($"{(set.Length == 0 ? "" : set + "/")}{variant.Name}: {made} documents");
        }
    }
    if (pdfProblem is not null)
    {
        Console.Error.WriteLine(pdfProblem);
        return 1;
    }
    return 0;
}
if (args.Length != 4 || !int.TryParse(args[3], out var count) || count <= 0 || args[0] is not ("text" or "docx"))
{
    Console.Error.WriteLine("usage: Jixiao.CorpusMaker text CORPUS_DIR OUT_DIR COUNT | docx TEXT_DIR OUT_DIR COUNT | variants CORPUS_DIR OUT_DIR [WRITTEN_DIR]");
    return 2;
}
var (mode, input, output) = (args[0], args[1], args[2]);
Directory.CreateDirectory(output);
if (mode == "text")
{
    var sources = CorpusSource.Load(input);
    Parallel.For(0, count, i =>
    {
        var source = sources[i % sources.Count];
        var (bytes, _) = TextVariant.Make(source, i / sources.Count);
        File.WriteAllBytes(Path.Combine(output, $"v{i:D5}_{source.Name}.txt"), bytes);
    });
}
else
{
    var texts = Directory.GetFiles(input, "*.txt").Order(StringComparer.Ordinal).Take(count).ToList();
    Parallel.ForEach(texts, text =>
        CorpusDocx.Write(DocumentReader.Read(text), Path.Combine(output, Path.GetFileNameWithoutExtension(text) + ".docx")));
}
Console.Error.WriteLine($"{Directory.GetFiles(output).Length} files in {output}");
return 0;
