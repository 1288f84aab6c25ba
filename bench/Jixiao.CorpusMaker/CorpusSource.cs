using System.Text;
using System.Text.Json;

namespace Jixiao.CorpusMaker;

/// <summary>A dev corpus document: its decoded text and the department its truth file names.</summary>
internal sealed record CorpusSource(string Name, string Text, string Department)
{
    private static readonly UTF8Encoding StrictUtf8 = new(false, true);

    /// <summary>Every NAME.txt with its NAME.json truth, in name order.</summary>
    public static IReadOnlyList<CorpusSource> Load(string directory)
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        var sources = new List<CorpusSource>();
        foreach (var file in Directory.GetFiles(directory, "*.txt").Order(StringComparer.Ordinal))
        {
            var truth = Path.ChangeExtension(file, ".json");
            if (!File.Exists(truth))
                continue;
            using var json = JsonDocument.Parse(File.ReadAllBytes(truth));
            var department = json.RootElement.GetProperty("department").GetString() ?? "";
            sources.Add(new CorpusSource(Path.GetFileNameWithoutExtension(file), Decode(File.ReadAllBytes(file)), department));
        }
        if (sources.Count == 0)
            throw new InvalidOperationException($"{directory} holds no NAME.txt with its NAME.json");
        return sources;
    }

    /// <summary>The corpus is UTF-8 except legacy GBK files (d06).</summary>
    private static string Decode(byte[] bytes)
    {
        try
        {
            return StrictUtf8.GetString(bytes).TrimStart('\uFEFF');
        }
        catch (DecoderFallbackException)
        {
            return Encoding.GetEncoding("GB18030").GetString(bytes);
        }
    }
}
