using Jixiao.Core.Schemes;
using Jixiao.Documents.Yaml;

namespace Jixiao.Documents.Schemes;

/// <summary>The schemes of a folder (schemes/ beside the program by default), by id.</summary>
public sealed class SchemeCatalog
{
    public const string NationalDefault = "national-2020";

    private readonly Dictionary<string, Scheme> _byId;

    private SchemeCatalog(Dictionary<string, Scheme> byId, string folder)
    {
        _byId = byId;
        Folder = folder;
    }

    public string Folder { get; }

    public IReadOnlyCollection<Scheme> All => _byId.Values;

    /// <summary>The folder shipped beside the program, unless JIXIAO_SCHEMES names another.</summary>
    public static string DefaultFolder =>
        Environment.GetEnvironmentVariable("JIXIAO_SCHEMES") is { Length: > 0 } env ? env : Path.Combine(AppContext.BaseDirectory, "schemes");

    public static SchemeCatalog Load(string? folder = null)
    {
        folder ??= DefaultFolder;
        if (!Directory.Exists(folder))
            throw new JixiaoFileException(folder, 0, "找不到评分方案目录", "请确认程序旁有 schemes/ 目录，或用环境变量 JIXIAO_SCHEMES 指定");
        var byId = new Dictionary<string, Scheme>(StringComparer.Ordinal);
        foreach (var file in Directory.EnumerateFiles(folder, "*.yaml").Order(StringComparer.Ordinal))
        {
            var scheme = SchemeFile.Load(file);
            byId[scheme.Id] = scheme;
        }
        return new SchemeCatalog(byId, folder);
    }

    public Scheme? Find(string id) => _byId.GetValueOrDefault(id);

    public Scheme Get(string id, string file) => Find(id) ??
        throw new JixiaoFileException(file, 0, $"未知的评分方案“{id}”", $"可用方案：{string.Join("、", _byId.Keys.Order(StringComparer.Ordinal))}；新地区请在 {Folder} 中添加方案文件");
}
