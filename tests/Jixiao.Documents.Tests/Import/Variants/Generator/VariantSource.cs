using System.Text;
using System.Text.Json.Nodes;
using Jixiao.Documents.Import;
using Jixiao.Documents.Import.Readers;

namespace Jixiao.Documents.Tests.Import.Variants.Generator;

/// <summary>
/// A corpus document the variants are made from: its lines as the reader gives them (table rows with their cells),
/// the raw text lines of the file (so a variant that leaves a line alone writes it as it was) and its truth.
/// </summary>
internal sealed class VariantSource
{
    private static readonly UTF8Encoding StrictUtf8 = new(false, true);

    private VariantSource(string name, SourceDocument document, IReadOnlyList<string> rawLines, JsonObject truth)
    {
        Name = name;
        Document = document;
        RawLines = rawLines;
        Truth = truth;
        Tables = SourceTables.Of(document.Lines);
    }

    /// <summary>The file name without extension ("d01").</summary>
    public string Name { get; }

    public SourceDocument Document { get; }

    public IReadOnlyList<SourceLine> Lines => Document.Lines;

    /// <summary>The file's lines as written (one per <see cref="Lines"/> entry).</summary>
    public IReadOnlyList<string> RawLines { get; }

    /// <summary>The hand-checked truth (domain.md §8 plus the inconsistencies); variants copy it, never change it in place.</summary>
    public JsonObject Truth { get; }

    /// <summary>The runs of table rows, each a list of indexes into <see cref="Lines"/>.</summary>
    public IReadOnlyList<IReadOnlyList<int>> Tables { get; }

    public int Year => Truth["year"]!.GetValue<int>();

    public string Unit => Truth["unit"]?.GetValue<string>() ?? "万元";

    /// <summary>"广东省广州市花都区" when the truth names the region.</summary>
    public string? Region => Truth["region"]?.GetValue<string>();

    /// <summary>Every NAME.txt of the folder that has its NAME.json truth beside it, in name order.</summary>
    public static IReadOnlyList<VariantSource> Load(string folder)
    {
        var sources = new List<VariantSource>();
        foreach (var file in Directory.GetFiles(folder, "*.txt").Order(StringComparer.Ordinal))
        {
            var truth = Path.ChangeExtension(file, ".json");
            if (File.Exists(truth))
                sources.Add(Load(file, truth));
        }
        return sources;
    }

    public static VariantSource Load(string file, string truth)
    {
        var document = DocumentReader.Read(file);
        var raw = RawTextLines(File.ReadAllBytes(file));
        if (raw.Count != document.Lines.Count)
            throw new InvalidOperationException($"{file}: {raw.Count} raw lines but the reader gave {document.Lines.Count}");
        return new VariantSource(Path.GetFileNameWithoutExtension(file), document, raw, (JsonObject)JsonNode.Parse(File.ReadAllText(truth))!);
    }

    /// <summary>The truth for a variant file: the same fields, with the variant's file name.</summary>
    public JsonObject TruthFor(string fileName)
    {
        var copy = (JsonObject)Truth.DeepClone();
        copy["file"] = fileName;
        return copy;
    }

    /// <summary>A table row in the style of the file: a pipe row stays a pipe row, anything else is tab-separated.</summary>
    public string RowText(int index, IEnumerable<string> cells) =>
        RawLines[index].TrimStart().StartsWith('|')
            ? "|" + string.Concat(cells.Select(c => c.Length == 0 ? " |" : $" {c} |"))
            : string.Join('\t', cells);

    /// <summary>Lines split as the text reader splits them (\r\n, \n or \r; no line after a final break), UTF-8 or GB18030.</summary>
    private static List<string> RawTextLines(byte[] bytes)
    {
        string text;
        try
        {
            text = StrictUtf8.GetString(bytes).TrimStart('\uFEFF');
        }
        catch (DecoderFallbackException)
        {
            Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
            text = Encoding.GetEncoding("GB18030").GetString(bytes);
        }
        var lines = text.Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n').Split('\n').ToList();
        if (lines.Count > 0 && lines[^1].Length == 0)
            lines.RemoveAt(lines.Count - 1);
        return lines;
    }
}
